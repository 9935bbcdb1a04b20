interface StageRow {
  key: string;
  zh: string;
  en: string;
}

interface LearnData {
  stages: StageRow[];
}

// The four steps of the access flow (fact C-05); the lessons behind them come with the course content.
Component({
  data: {
    stages: [
      { key: 'register', zh: '注册', en: 'Register' },
      { key: 'complete', zh: '小程序信息完善', en: 'Complete the info' },
      { key: 'develop', zh: '开发小程序', en: 'Develop' },
      { key: 'release', zh: '提交审核和发布', en: 'Review and release' },
    ],
  } as LearnData,
});
