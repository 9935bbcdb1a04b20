/** 开发管理 → 开发设置 as pages and missions read it (never a secret). */
import { appOrCurrent } from '../kernel/selectors';
import type { MiniProgram, World } from '../kernel/types';

export interface DevSettingsView {
  appId: string;
  secretGenerated: boolean;
  secretGeneratedAt: number | null;
  secretFrozen: boolean;
  freezePendingUntil: number | null;
  /** Fact D-06: the whitelist restricts AppSecret calls only when on. */
  ipWhitelistOn: boolean;
  ipWhitelist: string[];
  domains: MiniProgram['dev']['domains'];
  filedDomains: string[];
  uploadKeyGenerated: boolean;
  uploadIpWhitelist: string[];
  capabilities: string[];
}

export function devSettingsView(w: World, appId?: string): DevSettingsView | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const d = app.dev;
  return {
    appId: app.appId,
    secretGenerated: d.secret !== null,
    secretGeneratedAt: d.secret ? d.secret.generatedAt : null,
    secretFrozen: d.secretFrozen,
    freezePendingUntil: d.secretFreezePending ? d.secretFreezePending.effectiveAt : null,
    ipWhitelistOn: d.ipWhitelistOn,
    ipWhitelist: d.ipWhitelist.slice(),
    domains: {
      request: d.domains.request.slice(),
      socket: d.domains.socket.slice(),
      uploadFile: d.domains.uploadFile.slice(),
      downloadFile: d.domains.downloadFile.slice(),
    },
    filedDomains: w.platform.filedDomains.slice(),
    uploadKeyGenerated: d.uploadKey !== null,
    uploadIpWhitelist: d.uploadIpWhitelist.slice(),
    capabilities: d.capabilities.slice(),
  };
}
