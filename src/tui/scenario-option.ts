/** The session's --scenario option: a scenario id, or a scenario YAML file (read as a file by its ending). */

/** Whether a --scenario value names a file rather than an id. */
export const isScenarioFileName = (scenario: string | undefined): scenario is string => scenario !== undefined && /\.ya?ml$/i.test(scenario);
