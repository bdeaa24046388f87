/**
 * The commands of `plancast`, as the help lists them: each one's name, description and the words its
 * parent's help shows after the name, and how to define the rest — options, arguments, action — which is
 * imported only for the command a run names (command-tree.ts). `plancast --help` builds the tree
 * from this list alone; `plancast feasibility …` defines feasibility and nothing else.
 *
 * Adding a command: a module under commands/ exporting define…Command(command, io), and an entry here.
 * tests/cli/command-tree.test.ts defines every entry and checks the listed words against commander's.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.js';

export interface CommandEntry {
  readonly name: string;
  readonly description: string;
  /** What the parent's help lists after the name: commander's own term for the defined command ('[options]', '[options] <scenario>', ''). */
  readonly usage: string;
  /** Adds the command's options, arguments and action (a leaf). */
  readonly define?: (command: Command, io: CliIo) => Promise<void>;
  /** The commands under this one (a group such as `data`). */
  readonly subcommands?: readonly CommandEntry[];
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'start', usage: '[options]',
    description: 'the main job on the bundled data: the evaluation report of every bundled region, into reports/<region>/<lang>/, and the overview reports/index.html',
    define: async (command, io) => (await import('./commands/start.js')).defineStartCommand(command, io),
  },
  {
    name: 'data', usage: '', description: 'list, show, check and validate indicator data',
    subcommands: [
      { name: 'list', usage: '[options]', description: 'regions and indicators with record counts', define: async (command, io) => (await import('./commands/data-list.js')).defineDataListCommand(command, io) },
      { name: 'show', usage: '[options]', description: 'the records of a region (and indicator) with Chinese and English names and each value\'s source', define: async (command, io) => (await import('./commands/data-show.js')).defineDataShowCommand(command, io) },
      { name: 'conflicts', usage: '[options]', description: 'every contradiction found in the data, with the competing values and their sources', define: async (command, io) => (await import('./commands/data-conflicts.js')).defineDataConflictsCommand(command, io) },
      { name: 'validate', usage: '[options] [files...]', description: 'check data files (CSV UTF-8/GB18030, or .xlsx); with no file, the bundled seeds', define: async (command, io) => (await import('./commands/data-validate.js')).defineDataValidateCommand(command, io) },
    ],
  },
  {
    name: 'scenarios', usage: '', description: 'list, show and validate scenario files (scenarios/*.yaml) and the policies they use (scenarios/policies/*.yaml)',
    subcommands: [
      { name: 'list', usage: '[options]', description: 'the bundled scenarios', define: async (command, io) => (await import('./commands/scenarios.js')).defineScenariosListCommand(command, io) },
      { name: 'show', usage: '[options] <scenario>', description: 'a scenario: its base resolved, each policy → lever → indicator, its levers', define: async (command, io) => (await import('./commands/scenarios.js')).defineScenariosShowCommand(command, io) },
      { name: 'policies', usage: '[options]', description: 'the policies scenarios can use: cited line, levers, assumed sizes and why', define: async (command, io) => (await import('./commands/scenarios.js')).defineScenariosPoliciesCommand(command, io) },
      { name: 'validate', usage: '[options] [files...]', description: 'check scenario files: schema, extends (exists, no cycle), every indicator and policy they name (no file: the bundled scenarios and policies)', define: async (command, io) => (await import('./commands/scenarios.js')).defineScenariosValidateCommand(command, io) },
    ],
  },
  {
    name: 'fit', usage: '[options]',
    description: 'fit every model family to one series: parameters, fit, backtest, forecast with intervals, and the choice with its reason',
    define: async (command, io) => (await import('./commands/fit.js')).defineFitCommand(command, io),
  },
  {
    name: 'project', usage: '[options]', description: 'project every indicator of a region under a scenario (Monte Carlo, seeded)',
    define: async (command, io) => (await import('./commands/project.js')).defineProjectCommand(command, io),
  },
  {
    name: 'feasibility', usage: '[options]',
    description: 'the probability of meeting each plan goal of a region, required vs historical growth, status and schedule',
    define: async (command, io) => (await import('./commands/feasibility.js')).defineFeasibilityCommand(command, io),
  },
  {
    name: 'compare', usage: '[options]',
    description: 'compare scenarios: each indicator\'s main goal, its probability and median under every scenario',
    define: async (command, io) => (await import('./commands/compare.js')).defineCompareCommand(command, io),
  },
  {
    name: 'sensitivity', usage: '[options]', description: 'which levers move the probability of each main goal most (tornado data)',
    define: async (command, io) => (await import('./commands/sensitivity.js')).defineSensitivityCommand(command, io),
  },
  {
    name: 'forecast', usage: '[options]',
    description: 'forecast every series of a file in one run: median, intervals, and where their spread came from',
    define: async (command, io) => (await import('./commands/forecast.js')).defineForecastCommand(command, io),
  },
  {
    name: 'evaluate', usage: '[options]',
    description: 'rolling-origin evaluation of plancast\'s forecasts on your history against the naive and CAGR forecasts',
    define: async (command, io) => (await import('./commands/evaluate.js')).defineEvaluateCommand(command, io),
  },
  {
    name: 'report', usage: '[options]',
    description: 'write the evaluation report of a region (mid-term or final, by --as-of) into reports/<region>/<lang>/: index.html, report.md, charts (Vega-Lite, SVG, PNG), CSV tables, result.json, manifest.json [, report.docx, report.xlsx]; with --plan naming a later plan, its target proposals',
    define: async (command, io) => (await import('./commands/report.js')).defineReportCommand(command, io),
  },
  {
    name: 'propose', usage: '[options]',
    description: 'propose targets for a plan: each indicator\'s end-year value reachable with each probability under each scenario, its growth, a reference-class check, and the planners\' common rules',
    define: async (command, io) => (await import('./commands/propose.js')).defineProposeCommand(command, io),
  },
  {
    name: 'template', usage: '[options]',
    description: 'the data request sheet: one row per goal indicator and missing year, to fill in and read back with --data',
    define: async (command, io) => (await import('./commands/template.js')).defineTemplateCommand(command, io),
  },
  {
    name: 'tui', usage: '[options]',
    description: 'interactive session in the terminal: pick a region and indicator, move the levers, see the probability change (also: plancast with no arguments)',
    define: async (command, io) => (await import('./commands/tui.js')).defineTuiCommand(command, io),
  },
];
