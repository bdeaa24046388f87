import { describe, expect, it } from 'vitest';
import { loadModelSpec } from '../../src/io/load-model-spec.js';
import { useTemporaryDirectory } from '../helpers/temporary-files.js';

const files = useTemporaryDirectory();

describe('loadModelSpec', () => {
  it('reads the bundled default spec', () => {
    const spec = loadModelSpec();
    expect(spec.name).toBe('default');
    expect(spec.intervalLevels).toEqual([80, 95]);
    expect(spec.kinds.ratio?.map((choice) => choice.family)).toContain('compound-growth');
  });

  it('reports a misspelt family with the file, line, path and the known families', () => {
    const file = files.write('typo.yaml', 'name: typo\nkinds:\n  ratio:\n    - compound-growht\n');
    expect(() => loadModelSpec(file)).toThrow(expect.objectContaining({
      code: 'E_MODEL_SPEC_UNKNOWN_FAMILY',
      message: expect.stringContaining(`${file}:4 at kinds.ratio[0].family`),
      remedy: expect.stringContaining('compound-growth'),
    }));
  });

  it('reports a YAML syntax error with line and column', () => {
    const file = files.write('broken.yaml', 'name: broken\nkinds: [ratio\n');
    expect(() => loadModelSpec(file)).toThrow(expect.objectContaining({ code: 'E_YAML_SYNTAX', message: expect.stringMatching(/broken\.yaml:\d+:\d+/) }));
  });
});
