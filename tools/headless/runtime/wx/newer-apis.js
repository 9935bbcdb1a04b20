// @ts-check
/**
 * Real wx APIs the official typings (miniprogram-api-typings) lack, kept by hand: each is called by an official
 * WeChat sample, so it exists in current base libraries. Like the names in known-apis.js, the runtime answers them
 * as DevTools does without a device (fail, or an inert object, with an `unsupported: wx.NAME` warning) instead of
 * leaving them undefined. Remove a name once `node tools/headless/wx-names.js` finds it in the typings.
 */
module.exports = [
  // Newer than the typings. wechat-miniprogram/miniprogram-demo, packageAPI/pages/chattool/material_view (chat tool
  // forward materials).
  'getChatForwardMaterials',
  // Older than the typings: the first canvas API (base library 1.x), listed in the API reference of its time as
  // "不推荐使用" (deprecated), never removed: wechat-miniprogram/miniprogram-demo still calls it in
  // packageAPI/pages/page/canvas, device/on-accelerometer-change and worker (`wx.createContext()`, its
  // `getActions()`, `wx.drawCanvas({ canvasId, actions })`). The context is inert, drawCanvas fails: the legacy
  // canvas is drawn by the device, as `wx.createCanvasContext`'s is.
  'createContext',
  'drawCanvas',
];
