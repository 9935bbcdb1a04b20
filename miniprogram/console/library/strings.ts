import type { I18nText } from '../../core/i18n';

export const LIBRARY_STRINGS = {
  title: { zh: '任务码', en: 'Mission codes' },
  intro: {
    zh: '每个任务都可以变成一段任务码：复制给同学或学生，对方粘贴导入后就能在自己的手机上玩。任务码不含参考解法。',
    en: 'Every mission can become a mission code: copy it to a classmate or student, who pastes it here to play it on their own phone. A code never carries the solution.',
  },
  importTitle: { zh: '导入任务码', en: 'Import a mission code' },
  codeLabel: { zh: '任务码', en: 'Code' },
  codePlaceholder: {
    zh: '在这里粘贴任务码，例如 老师发在群里的一串字符',
    en: 'Paste a mission code here, e.g. the one your teacher posted in the group',
  },
  import: { zh: '导入', en: 'Import' },
  added: {
    zh: '已导入“{title}”：它在任务地图的“我的任务”里。',
    en: 'Imported "{title}": it is under "My missions" on the mission map.',
  },
  replaced: { zh: '已更新“{title}”。', en: 'Updated "{title}".' },
  builtIn: {
    zh: '“{title}”是内置任务，已经在任务地图上了。',
    en: '"{title}" is a built-in mission: it is on the mission map already.',
  },
  mineTitle: { zh: '我的任务', en: 'My missions' },
  mineEmpty: {
    zh: '还没有自己的任务：导入一个任务码，或用任务编辑器做一个。',
    en: 'No missions of your own yet: import a code, or make one in the mission builder.',
  },
  imported: { zh: '导入', en: 'Imported' },
  built: { zh: '自制', en: 'Made here' },
  par: { zh: '参考 {par} 步', en: 'Par {par}' },
  play: { zh: '开始', en: 'Play' },
  export: { zh: '任务码', en: 'Code' },
  remove: { zh: '删除', en: 'Remove' },
  removeTitle: { zh: '删除这个任务？', en: 'Remove this mission?' },
  removeBody: {
    zh: '“{title}”和它在本机的存档会被删除；成绩记录保留。之后可以用任务码再次导入。',
    en: '"{title}" and its save on this phone are removed; your records stay. You can import its code again later.',
  },
  removed: { zh: '已删除', en: 'Removed' },
  builtInTitle: { zh: '内置任务', en: 'Built-in missions' },
  exportTitle: { zh: '“{title}”的任务码', en: 'Mission code of "{title}"' },
  exportSize: { zh: '{length} 个字符 · 已复制到剪贴板', en: '{length} characters · copied to the clipboard' },
  exportNotCopied: {
    zh: '{length} 个字符 · 复制失败：请长按选择文字复制',
    en: '{length} characters · could not copy: press and hold to select it',
  },
  copy: { zh: '再次复制', en: 'Copy again' },
} satisfies Record<string, I18nText>;

export type LibraryStringKey = keyof typeof LIBRARY_STRINGS;
