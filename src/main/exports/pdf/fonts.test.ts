import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles, fontsFolderBeside, textRuns } from './fonts';

describe('textRuns', () => {
  it('keeps Latin, Greek and Cyrillic in one run of the base font', () => {
    expect(textRuns('Zoë Дмитрий Γιώργος', 'bold')).toEqual([{ font: 'bold', text: 'Zoë Дмитрий Γιώργος' }]);
  });

  it('gives each script its font, spaces and punctuation going with the text around them', () => {
    expect(textRuns('Anna 山田, 김민준!')).toEqual([
      { font: 'regular', text: 'Anna ' },
      { font: 'cjk', text: '山田, ' },
      { font: 'korean', text: '김민준!' },
    ]);
  });

  it('draws a right-to-left run word by word in reverse order', () => {
    expect(textRuns('محمد العلي')).toEqual([
      { font: 'arabic', text: 'العلي' },
      { font: 'arabic', text: ' ' },
      { font: 'arabic', text: 'محمد' },
    ]);
  });
});

describe('fontsFolderBeside', () => {
  it('finds resources/fonts beside the migrations folder, with every font the reports use', () => {
    const folder = fontsFolderBeside(join(process.cwd(), 'drizzle'));
    for (const file of Object.values(fontFiles)) expect(existsSync(join(folder, file)), file).toBe(true);
  });
});
