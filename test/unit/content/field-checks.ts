import type { FieldCheck, FormField } from '../../../miniprogram/core/content-model';

/**
 * Independent validators for the FieldCheck rules, used only to prove that each "find the mistake" form has exactly
 * one invalid field. They follow the facts sheet (R-06, R-07, I-04…I-07, V-04, D-07, B-03, B-05, B-06, B-07).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function idCardValid(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === value[17];
}

const PHONE = /^1\d{10}$/;

function domainValid(value: string, scheme: 'https' | 'wss'): boolean {
  const m = value.match(/^([a-z]+):\/\/([^/:]+)(?::(\d{1,5}))?$/);
  if (!m || m[1] !== scheme) return false;
  const host = m[2].toLowerCase();
  if (host === 'localhost' || host === 'api.weixin.qq.com') return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return false;
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host);
}

function charCount(value: string): number {
  return Array.from(value).length;
}

/** Whether field `index` of `fields` passes its check (fields without a check always pass). */
export function fieldValid(fields: readonly FormField[], index: number): boolean {
  const field = fields[index];
  const check: FieldCheck | undefined = field.check;
  const v = field.value;
  switch (check) {
    case undefined:
      return true;
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    case 'password':
      return v.length >= 8 && /^[\x21-\x7e]+$/.test(v);
    case 'confirmPassword': {
      for (let i = index - 1; i >= 0; i--) if (fields[i].check === 'password') return fields[i].value === v;
      return false;
    }
    case 'idCard':
      return idCardValid(v);
    case 'phone':
      return PHONE.test(v);
    case 'distinctPhone':
      return PHONE.test(v) && fields.slice(0, index).every((f) => !(f.check === 'distinctPhone' && f.value === v));
    case 'smsCode':
      return /^\d{6}$/.test(v);
    case 'agreement':
      return v === '☑';
    case 'requestDomain':
      return domainValid(v, 'https');
    case 'socketDomain':
      return domainValid(v, 'wss');
    case 'intro':
      return charCount(v) >= 4 && charCount(v) <= 120;
    case 'appName':
      return v.length > 0 && v.indexOf('小程序') < 0 && v.indexOf('微信') < 0;
    case 'avatar': {
      const m = v.match(/^[\w-]+\.([a-zA-Z]+) · (\d+(?:\.\d+)?) MB$/);
      return !!m && ['bmp', 'jpeg', 'jpg', 'gif', 'png'].indexOf(m[1].toLowerCase()) >= 0 && Number(m[2]) <= 2;
    }
    case 'atMost5':
      return /^\d+$/.test(v) && Number(v) <= 5;
  }
}
