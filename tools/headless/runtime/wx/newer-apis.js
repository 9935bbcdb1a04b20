// @ts-check
/**
 * Real wx APIs newer than the official typings (miniprogram-api-typings), kept by hand: each is called by an
 * official WeChat sample, so it exists in current base libraries. Like the names in known-apis.js, the runtime
 * answers them as DevTools does without a device (fail, with an `unsupported: wx.NAME` warning) instead of leaving
 * them undefined. Remove a name once `node tools/headless/wx-names.js` finds it in the typings.
 */
module.exports = [
  // wechat-miniprogram/miniprogram-demo, packageAPI/pages/chattool/material_view (chat tool forward materials).
  'getChatForwardMaterials',
];
