import * as fs from 'fs';
import * as path from 'path';
import { INPUT_LIMITS, RULE_SETS, type InputField } from '../../../../miniprogram/console/engine/index';

const CONSOLE = path.join(__dirname, '..', '..', '..', '..', 'miniprogram', 'console');

/** Which engine field each console input feeds (by the input's id). */
const FIELD_OF: Record<string, InputField> = {
  'f-email': 'email',
  'f-password': 'password',
  'f-confirmPassword': 'confirmPassword',
  'f-captcha': 'captcha',
  'f-orgName': 'orgName',
  'f-creditCode': 'creditCode',
  'f-idName': 'idName',
  'f-idNumber': 'idNumber',
  'f-phone': 'phone',
  'f-smsCode': 'smsCode',
  'add-wechat': 'wechatId',
  'subject-name': 'idName',
  'subject-phone': 'phone',
  'app-name': 'idName',
  'app-phone': 'phone',
  'sms-phone': 'phone',
  'sms-code': 'code',
  'person-name': 'idName',
  'person-phone': 'phone',
  'emergency-name': 'idName',
  'emergency-phone': 'phone',
  'upload-version': 'version',
  'upload-note': 'note',
};

/** Multi-line lists: one entry a line, as many lines as the rule allows (D-06: 10 IPs; D-07: 200 per kind). */
const LIST_LIMITS: Record<string, number> = {
  'field-ip': 10 * (INPUT_LIMITS.ips + 1),
  'field-uploadIp': 10 * (INPUT_LIMITS.ips + 1),
  'field-{{item.kind}}': RULE_SETS.current.rules['D-07'].maxPerKind * (INPUT_LIMITS.domains + 1),
};

function wxmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'engine' || e.name === 'vendor' ? [] : wxmlFiles(full);
    return e.name.endsWith('.wxml') ? [full] : [];
  });
}

function inputs(): { file: string; id: string; maxlength: string | null }[] {
  const out: { file: string; id: string; maxlength: string | null }[] = [];
  for (const file of wxmlFiles(CONSOLE)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<(van-field|input|textarea)\b([^>]*?)\/?>/g)) {
      const id = /\bid="([^"]*)"/.exec(m[2]);
      const max = /\bmaxlength="\{\{([^"]*)\}\}"/.exec(m[2]);
      out.push({ file: path.relative(CONSOLE, file), id: id ? id[1] : '?', maxlength: max ? max[1] : null });
    }
  }
  return out;
}

describe('console inputs carry the engine’s real maximum length (issue 14.9)', () => {
  const all = inputs();

  test('every input of the console has a maxlength', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((i) => i.maxlength === null).map((i) => `${i.file}#${i.id}`)).toEqual([]);
  });

  test('each maxlength is the limit the engine enforces for that field', () => {
    for (const input of all) {
      const field = FIELD_OF[input.id];
      if (field) expect(`${input.id}: ${input.maxlength}`).toBe(`${input.id}: ${INPUT_LIMITS[field]}`);
      else if (LIST_LIMITS[input.id])
        expect(`${input.id}: ${input.maxlength}`).toBe(`${input.id}: ${LIST_LIMITS[input.id]}`);
    }
    const edit = all.find((i) => i.id === 'edit-field');
    expect(edit?.maxlength).toBe(
      `edit.field === 'introduction' ? ${INPUT_LIMITS.introduction} : edit.field === 'abbreviation' ? ${INPUT_LIMITS.abbreviation} : ${INPUT_LIMITS.name}`,
    );
  });
});
