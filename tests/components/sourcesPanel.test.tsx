/** The sources panel writes the article's real title, in Chinese and marked as Chinese, in both languages. */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../src/components/sources/SourcesPanel';
import { initI18n, setLanguage } from '../../src/i18n';

const panel = () =>
  renderToStaticMarkup(<SourcesPanel keys={['walk.layer.pool5.name']} open onClose={() => undefined} />);

describe('SourcesPanel', () => {
  afterAll(() => initI18n('en'));
  it('names the article by its own title, CSDN and date, with the title marked lang="zh"', async () => {
    initI18n('en');
    const en = panel();
    expect(en).toContain('<span lang="zh">经典网络(四)AlexNet全解析</span>');
    expect(en).toContain('CSDN on 2023-12-18');
    expect(en).not.toContain('&lt;zh&gt;');
    await setLanguage('zh');
    expect(panel()).toContain('《<span lang="zh">经典网络(四)AlexNet全解析</span>》');
  });
});
