// @ts-check
const path = require('path');
const { CheckError } = require('./errors');
const { checkTypeScript } = require('./typescript');
const { compileWxml, compileWxss } = require('./templates');
const { checkAppJson } = require('./json');
const { buildUploadPackage, checkSizes, fmt } = require('./upload');

module.exports = {
  CheckError,
  checkTypeScript,
  compileWxml,
  compileWxss,
  checkAppJson,
  buildUploadPackage,
  checkSizes,
  fmt,
  path,
};
