import type { RunningServer } from '../../scripts/lib/startServer';
import { issueFormToken } from '../../src/server/formToken';
import { serverSecret } from '../../src/server/serverSecret';

/**
 * A good submission's fields for the server `to`: a story at stairwell 22-3, with a form token signed with the
 * server's own secret and dated a minute back (as if the form had been open that long). `over` adds or replaces fields.
 */
export const goodStoryFields = (to: RunningServer, over: Record<string, string> = {}) => ({
  lang: 'zh-CN', title: '三楼奶奶的花', body: '楼道口摆着一排花，是三楼的奶奶每天浇水照顾的。', kind: 'other',
  stairwell: '22-3', consent: 'yes', website: '', formToken: issueFormToken(serverSecret({ DATA_DIR: to.dataDir }), Date.now() - 60_000), contact: '手机 138 0000 0000', ...over,
});
