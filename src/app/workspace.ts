/**
 * The application layer's one load: the dataset (bundled seeds, a user's --data and --catalog laid over
 * them), the model spec and the scenario library, read and validated once per process and handed to the
 * pure core. Every command, the report writer and the interactive session open a workspace instead of
 * loading files themselves, so `plancast start` reads the seeds once however many reports it writes.
 *
 *   openWorkspace({ data, catalog, models }) ─→ Workspace { dataset, modelSpec, scenarios(…) }
 */
import type { Dataset } from '../core/records/dataset.js';
import type { ModelSpec } from '../core/models/model-spec.js';
import type { ResolvedScenario } from '../core/scenarios/resolve-scenario.js';
import { DEFAULT_MODEL_SPEC_FILE, loadModelSpec } from '../io/load-model-spec.js';
import type { PresetSettings } from '../core/assessment/preset-settings.js';
import { loadPresetSettings } from '../io/load-preset-settings.js';
import type { DocumentCatalog } from '../core/documents/document-catalog.js';
import { loadDocumentCatalog } from '../io/load-documents.js';
import type { ReferenceGrowthTable } from '../core/report/evaluation/reference-growth.js';
import { loadReferenceGrowth } from '../io/load-reference-growth.js';
import { openDataset, type DatasetOptions } from './open-dataset.js';
import type { ScenarioLibrary } from '../io/load-scenarios.js';
import type { PolicyLibrary } from '../core/policies/policy-spec.js';
import { openPolicyLibrary, openScenarioLibrary, resolveScenarioEntries } from './open-scenarios.js';

export interface WorkspaceOptions extends DatasetOptions {
  /** a model spec file (default models/default.yaml) */
  models?: string | undefined;
  /** a presets file (default models/presets.yaml): the chongqing and national thresholds */
  presets?: string | undefined;
}

export interface Workspace {
  readonly options: WorkspaceOptions;
  readonly dataset: Dataset;
  /** the model spec, read and validated on first use */
  readonly modelSpec: ModelSpec;
  readonly modelSpecFile: string;
  /** the thresholds of the chongqing and national presets and of the binding warning, read on first use */
  readonly presetSettings: PresetSettings;
  /** the documents catalogue (seeds/documents.yaml), read on first use */
  readonly documents: DocumentCatalog;
  /** the reference corpora's five-year growths by class (models/reference-growth.json), read on first use */
  readonly referenceGrowth: ReferenceGrowthTable;
  /** the bundled scenarios plus these files, each file read and validated once */
  scenarioLibrary(files?: readonly string[]): ScenarioLibrary;
  /** the scenarios named by id or YAML file, resolved (extends chains merged, policies sized, indicators checked), in the order given */
  resolveScenarios(entries: readonly string[]): ResolvedScenario[];
  /** the policies scenarios may use (scenarios/policies/*.yaml), read on first use */
  readonly policies: PolicyLibrary;
}

function createWorkspace(options: WorkspaceOptions, dataset: Dataset, modelSpecFile: string): Workspace {
  let modelSpec: ModelSpec | undefined;
  let presetSettings: PresetSettings | undefined;
  let documents: DocumentCatalog | undefined;
  let referenceGrowth: ReferenceGrowthTable | undefined;
  return {
    options, dataset, modelSpecFile,
    // Read on first use: the data commands never need it.
    get modelSpec() {
      return (modelSpec ??= loadModelSpec(modelSpecFile));
    },
    get presetSettings() {
      return (presetSettings ??= loadPresetSettings(options.presets));
    },
    get documents() {
      return (documents ??= loadDocumentCatalog());
    },
    get referenceGrowth() {
      return (referenceGrowth ??= loadReferenceGrowth());
    },
    scenarioLibrary: openScenarioLibrary,
    resolveScenarios: (entries) => resolveScenarioEntries(entries, dataset.catalog),
    get policies() {
      return openPolicyLibrary().policies;
    },
  };
}

const opened = new Map<string, Workspace>();

/** The workspace for these options, loaded on first use and shared for the rest of the process. */
export async function openWorkspace(options: WorkspaceOptions = {}): Promise<Workspace> {
  const normalised: WorkspaceOptions = {
    ...(options.data ? { data: options.data } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
    ...(options.models ? { models: options.models } : {}),
    ...(options.maxInputMb !== undefined ? { maxInputMb: options.maxInputMb } : {}),
    ...(options.plans ? { plans: options.plans } : {}),
    ...(options.plan ? { plan: options.plan } : {}),
    ...(options.fractionsAsPercent ? { fractionsAsPercent: true } : {}),
    ...(options.presets ? { presets: options.presets } : {}),
  };
  const dataset = await openDataset(normalised);
  const key = JSON.stringify([normalised.data ?? null, normalised.catalog ?? null, normalised.models ?? null, normalised.plans ?? null, normalised.plan ?? null, normalised.fractionsAsPercent === true, normalised.presets ?? null]);
  let workspace = opened.get(key);
  if (workspace === undefined) opened.set(key, (workspace = createWorkspace(normalised, dataset, normalised.models ?? DEFAULT_MODEL_SPEC_FILE)));
  return workspace;
}
