/** Picking images from the album or the camera. */

export interface PickedImage {
  /** Temporary local path, e.g. `wxfile://tmp_abc.png` (its extension tells the format). */
  path: string;
  sizeBytes: number;
}

/** Lets the learner pick one image; resolves null when they cancel or picking is not possible. */
export function chooseImage(): Promise<PickedImage | null> {
  return new Promise((resolve) => {
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['original'],
      success: (res) => {
        const file = res.tempFiles[0];
        resolve(file ? { path: file.tempFilePath, sizeBytes: file.size } : null);
      },
      fail: () => resolve(null),
    });
  });
}
