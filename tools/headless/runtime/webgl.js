// @ts-check
/**
 * A WebGL context without a GPU: what `canvas.getContext('webgl' | 'webgl2')` gives in the headless runtime. It
 * answers the questions a renderer asks before it draws (three.js reads the version string, limits, precision and
 * compile/link status) with the values of a plain WebGL 1 (or 2) device, creates distinct resource objects (they
 * are used as map keys), offers the extensions phones have, and draws nothing: every other method is inert. The
 * runtime says `unsupported: webgl` once per page when a page asks for one.
 */

const { inertObject } = require('./inert');

/** The WebGL constants a renderer compares answers with (WebGL 1 numbering; WebGL 2 keeps them). */
const GL = {
  NO_ERROR: 0,
  VENDOR: 0x1f00,
  RENDERER: 0x1f01,
  VERSION: 0x1f02,
  SHADING_LANGUAGE_VERSION: 0x8b8c,
  VIEWPORT: 0x0ba2,
  SCISSOR_BOX: 0x0c10,
  MAX_TEXTURE_SIZE: 0x0d33,
  MAX_VIEWPORT_DIMS: 0x0d3a,
  MAX_CUBE_MAP_TEXTURE_SIZE: 0x851c,
  MAX_RENDERBUFFER_SIZE: 0x84e8,
  MAX_VERTEX_ATTRIBS: 0x8869,
  MAX_TEXTURE_IMAGE_UNITS: 0x8872,
  MAX_VERTEX_TEXTURE_IMAGE_UNITS: 0x8b4c,
  MAX_COMBINED_TEXTURE_IMAGE_UNITS: 0x8b4d,
  MAX_VERTEX_UNIFORM_VECTORS: 0x8dfb,
  MAX_VARYING_VECTORS: 0x8dfc,
  MAX_FRAGMENT_UNIFORM_VECTORS: 0x8dfd,
  MAX_SAMPLES: 0x8d57,
  COMPRESSED_TEXTURE_FORMATS: 0x86a3,
  IMPLEMENTATION_COLOR_READ_TYPE: 0x8b9a,
  IMPLEMENTATION_COLOR_READ_FORMAT: 0x8b9b,
  COMPILE_STATUS: 0x8b81,
  LINK_STATUS: 0x8b82,
  DELETE_STATUS: 0x8b80,
  ACTIVE_UNIFORMS: 0x8b86,
  ACTIVE_ATTRIBUTES: 0x8b89,
  FRAMEBUFFER_COMPLETE: 0x8cd5,
  UNSIGNED_BYTE: 0x1401,
  RGBA: 0x1908,
};

/**
 * The WebGL 1 extensions every phone WeChat runs on offers (apps call them without checking, e.g. the official
 * demo's `gl.getExtension('OES_vertex_array_object').createVertexArrayOES()`), with their constants; their other
 * methods are inert. Any other extension is null, as on a device that lacks it.
 * @type {Record<string, Record<string, unknown>>}
 */
const EXTENSIONS = {
  OES_vertex_array_object: { VERTEX_ARRAY_BINDING_OES: 0x85b5 },
  ANGLE_instanced_arrays: { VERTEX_ATTRIB_ARRAY_DIVISOR_ANGLE: 0x88fe },
  OES_element_index_uint: {},
  OES_standard_derivatives: { FRAGMENT_SHADER_DERIVATIVE_HINT_OES: 0x8b8b },
  OES_texture_float: {},
  OES_texture_float_linear: {},
  OES_texture_half_float: { HALF_FLOAT_OES: 0x8d61 },
  OES_texture_half_float_linear: {},
  WEBGL_depth_texture: { UNSIGNED_INT_24_8_WEBGL: 0x84fa },
  EXT_blend_minmax: { MIN_EXT: 0x8007, MAX_EXT: 0x8008 },
  EXT_shader_texture_lod: {},
};

/**
 * @param {Record<string, unknown>} canvas The canvas node (its width and height are the drawing buffer's).
 * @param {string} type 'webgl', 'experimental-webgl' or 'webgl2'.
 * @returns {Record<string, unknown>}
 */
function createWebGLContext(canvas, type) {
  const two = type === 'webgl2';
  const size = () => [Number(canvas.width) || 0, Number(canvas.height) || 0];
  /** @type {[number, () => unknown][]} */
  const answers = [
    [GL.VENDOR, () => 'WebKit'],
    [GL.RENDERER, () => 'WebKit WebGL'],
    [GL.VERSION, () => (two ? 'WebGL 2.0 (OpenGL ES 3.0)' : 'WebGL 1.0 (OpenGL ES 2.0)')],
    [GL.SHADING_LANGUAGE_VERSION, () => (two ? 'WebGL GLSL ES 3.00' : 'WebGL GLSL ES 1.0')],
    [GL.VIEWPORT, () => new Int32Array([0, 0, ...size()])],
    [GL.SCISSOR_BOX, () => new Int32Array([0, 0, ...size()])],
    [GL.MAX_TEXTURE_SIZE, () => 4096],
    [GL.MAX_VIEWPORT_DIMS, () => new Int32Array([4096, 4096])],
    [GL.MAX_CUBE_MAP_TEXTURE_SIZE, () => 4096],
    [GL.MAX_RENDERBUFFER_SIZE, () => 4096],
    [GL.MAX_VERTEX_ATTRIBS, () => 16],
    [GL.MAX_TEXTURE_IMAGE_UNITS, () => 16],
    [GL.MAX_VERTEX_TEXTURE_IMAGE_UNITS, () => 16],
    [GL.MAX_COMBINED_TEXTURE_IMAGE_UNITS, () => 32],
    [GL.MAX_VERTEX_UNIFORM_VECTORS, () => 256],
    [GL.MAX_VARYING_VECTORS, () => 15],
    [GL.MAX_FRAGMENT_UNIFORM_VECTORS, () => 224],
    [GL.MAX_SAMPLES, () => 4],
    [GL.COMPRESSED_TEXTURE_FORMATS, () => new Uint32Array(0)],
    [GL.IMPLEMENTATION_COLOR_READ_TYPE, () => GL.UNSIGNED_BYTE],
    [GL.IMPLEMENTATION_COLOR_READ_FORMAT, () => GL.RGBA],
  ];
  const params = new Map(answers);
  /** A fresh resource (buffer, texture, shader, program, …): renderers key their state by it. */
  const resource = () => ({});
  /** @type {Map<string, Record<string, unknown>>} */
  const extensions = new Map();
  /** @type {Record<string, unknown>} */
  const fields = {
    ...GL,
    canvas,
    getParameter: (/** @type {number} */ p) => {
      const answer = params.get(p);
      return answer ? answer() : 0;
    },
    getExtension: (/** @type {string} */ name) => {
      if (two || !Object.prototype.hasOwnProperty.call(EXTENSIONS, name)) return null;
      let ext = extensions.get(name);
      if (!ext) {
        ext = inertObject({
          ...EXTENSIONS[name],
          createVertexArrayOES: resource,
          isVertexArrayOES: (/** @type {unknown} */ v) => !!v,
        });
        extensions.set(name, ext);
      }
      return ext;
    },
    getSupportedExtensions: () => (two ? [] : Object.keys(EXTENSIONS)),
    getContextAttributes: () => ({
      alpha: true,
      antialias: false,
      depth: true,
      stencil: false,
      premultipliedAlpha: true,
      preserveDrawingBuffer: false,
      powerPreference: 'default',
      failIfMajorPerformanceCaveat: false,
    }),
    getShaderPrecisionFormat: () => ({ rangeMin: 127, rangeMax: 127, precision: 23 }),
    getShaderParameter: (/** @type {unknown} */ _s, /** @type {number} */ p) => p === GL.COMPILE_STATUS,
    getProgramParameter: (/** @type {unknown} */ _p, /** @type {number} */ p) => (p === GL.LINK_STATUS ? true : 0),
    getShaderInfoLog: () => '',
    getProgramInfoLog: () => '',
    getShaderSource: () => '',
    getUniformLocation: () => null,
    getAttribLocation: () => -1,
    getActiveUniform: () => null,
    getActiveAttrib: () => null,
    getError: () => GL.NO_ERROR,
    isContextLost: () => false,
    checkFramebufferStatus: () => GL.FRAMEBUFFER_COMPLETE,
    createBuffer: resource,
    createTexture: resource,
    createFramebuffer: resource,
    createRenderbuffer: resource,
    createShader: resource,
    createProgram: resource,
    createVertexArray: resource,
    createQuery: resource,
    createSampler: resource,
    createTransformFeedback: resource,
  };
  const gl = inertObject(fields);
  Object.defineProperty(gl, 'drawingBufferWidth', { get: () => size()[0] });
  Object.defineProperty(gl, 'drawingBufferHeight', { get: () => size()[1] });
  return gl;
}

module.exports = { createWebGLContext, GL };
