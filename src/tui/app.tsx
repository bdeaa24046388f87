/**
 * The session's root component: keeps the state in `useReducer(reduceSession)`, turns every key into a
 * `key-pressed` action (the reducer maps it with key-bindings.ts against the latest state), runs the
 * effects the reducer requests, asks the engine for the selected indicator's projection, and lays the
 * panes out for the terminal's size (following resizes). The engine answers asynchronously (on a worker
 * in `plancast tui`): keys keep moving the levers while it works, a burst asks only for the last state
 * (use-engine-result.ts), and the status bar says "simulating…" until the answer for the current state is drawn.
 *
 *   title                                                     (1 line)
 *   chart │ picker │ compare │ save dialog  ┊  feasibility + levers
 *   status, key hints                                         (2 lines)
 *
 * One line is left free at the bottom so Ink redraws only what changed instead of clearing the screen.
 */
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useReducer, useState, type ReactElement } from 'react';
import { translate } from '../core/report/messages.js';
import { ChartPane } from './chart-pane.js';
import { CompareView } from './compare-view.js';
import { padDisplay } from './display-text.js';
import type { EngineClient } from './engine-client.js';
import type { ProjectionView } from './engine.js';
import { FeasibilityPanel } from './feasibility-panel.js';
import { HelpOverlay } from './help-overlay.js';
import { hasAdjustments } from './lever-adjustments.js';
import { LeverPanel } from './lever-panel.js';
import { RegionIndicatorPicker } from './region-indicator-picker.js';
import { SaveDialog } from './save-dialog.js';
import { SensitivityView } from './sensitivity-view.js';
import { scenarioPath } from './scenario-path.js';
import { runSessionEffect, type EffectContext } from './session-effects.js';
import { requestKey } from './session-dialogs.js';
import { useEngineResult } from './use-engine-result.js';
import { focusedEntries, projectionRequest, reduceSession, regionName, selectedIndicator, type SessionState } from './session-state.js';
import { StatusBar } from './status-bar.js';

export interface TerminalSize {
  columns: number;
  rows: number;
}

export interface AppProps {
  engine: EngineClient;
  initialState: SessionState;
  /** where scenarios are saved and the report command runs */
  directory: string;
  /** a fixed size (tests); otherwise the terminal's, following resizes */
  size?: TerminalSize;
  /** replaceable in tests */
  effects?: Pick<EffectContext, 'saveScenario' | 'writeReport'>;
  /** called once the session has asked to quit */
  onQuit?: () => void;
  /** a projection asked for ahead (first-screen.ts), once it has arrived, for the request key it answers */
  settledView?: (key: string) => ProjectionView | undefined;
}

function useTerminalSize(fixed: TerminalSize | undefined): TerminalSize {
  const { stdout } = useStdout();
  const read = (): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return undefined;
    const resized = () => setSize(read());
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}

/** Whole seconds since `active` became true (0 while inactive), ticking once a second. */
function useElapsedSeconds(active: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!active) return undefined;
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return seconds;
}

export function App({ engine, initialState, directory, size, effects, onQuit, settledView }: AppProps): ReactElement {
  const [state, dispatch] = useReducer(reduceSession, initialState);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  const reportSeconds = useElapsedSeconds(state.reportRunning);

  useInput((input, key) => dispatch({ type: 'key-pressed', input, key }));

  useEffect(() => {
    if (state.effects.length === 0) return;
    const pending = state.effects;
    dispatch({ type: 'effects-taken', count: pending.length });
    const quit = () => {
      onQuit?.();
      exit();
    };
    for (const effect of pending) runSessionEffect(effect, { engine, directory, dispatch, quit, ...effects });
  }, [state.effects]);

  const request = projectionRequest(state);
  const key = request === undefined ? undefined : requestKey(request);
  const projection = useEngineResult(key, () => engine.project(request!));
  // While the current state is simulated, the last view of the same indicator stays on screen.
  const sameIndicator = (answered: string | undefined) => request !== undefined && answered !== undefined && answered.split('|').slice(1, 3).join('|') === `${request.region}|${request.indicator}`;
  // the first screen's projection, asked for ahead, is shown in the same render as its prepared indicator
  const askedAhead = key !== undefined && projection.latest?.key !== key ? settledView?.(key) : undefined;
  const projected = askedAhead !== undefined ? { value: askedAhead, error: undefined } : sameIndicator(projection.latest?.key) ? projection.latest! : { value: undefined, error: undefined };
  const compareKey = state.overlay.kind === 'compare' && key !== undefined ? key : undefined;
  const compared = useEngineResult(compareKey, () => engine.compare(request!));
  const compareRows = compareKey !== undefined && compared.latest?.key === compareKey ? compared.latest.value ?? [] : [];
  const sensitivityKey = state.overlay.kind === 'sensitivity' && key !== undefined ? key : undefined;
  const sensed = useEngineResult(sensitivityKey, () => engine.sensitivity(request!));
  const sensitivity = sensitivityKey !== undefined && sensed.latest?.key === sensitivityKey ? sensed.latest.value : undefined;

  if (columns < 60 || rows < 16) return <Text wrap="truncate">{translate(state.language, 'tui.too-small', { value: `${columns}×${rows}` })}</Text>;
  const height = rows - 1;
  const bodyHeight = height - 3;
  const panelWidth = columns >= 100 ? 34 : 30;
  const leftWidth = columns - panelWidth - 1;
  const view = projected.value;
  const timing = (projection.pending && askedAhead === undefined) || compared.pending || sensed.pending ? translate(state.language, 'tui.simulating') : view ? translate(state.language, 'tui.resimulated', { paths: view.pathCount, value: view.milliseconds.toFixed(1) }) : '';
  const elapsed = state.reportRunning && state.status?.tone === 'busy' && reportSeconds > 0 ? ` ${reportSeconds} s` : '';
  const status = projected.error ? { tone: 'error' as const, text: { zh: projected.error, en: projected.error } }
    : state.status && elapsed ? { ...state.status, text: { zh: state.status.text.zh + elapsed, en: state.status.text.en + elapsed } } : state.status;
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <TitleBar state={state} width={columns} />
      {state.overlay.kind === 'help' ? (
        <HelpOverlay language={state.language} width={columns} height={bodyHeight} />
      ) : state.overlay.kind === 'sensitivity' ? (
        <SensitivityView sensitivity={sensitivity} computing={sensed.pending} indicatorName={selectedIndicator(state)?.name[state.language] ?? ''} language={state.language} width={columns} height={bodyHeight} />
      ) : state.overlay.kind === 'compare' ? (
        <CompareView rows={compareRows} highlighted={state.overlay.highlighted} currentScenarioId={state.scenarioId} indicatorName={selectedIndicator(state)?.name[state.language] ?? ''}
          adjusted={hasAdjustments(state.adjustments)} language={state.language} width={columns} height={bodyHeight} />
      ) : (
        <Box height={bodyHeight}>
          <LeftPane state={state} view={view} directory={directory} width={leftWidth} height={bodyHeight} />
          <Box width={1} />
          <Box flexDirection="column" width={panelWidth}>
            <FeasibilityPanel view={view} language={state.language} width={panelWidth} />
            <Box height={1} />
            <LeverPanel rows={state.leverRows} height={Math.max(4, bodyHeight - 10)} adjustments={state.adjustments} selectedLever={state.selectedLever} indicator={selectedIndicator(state)} scenarios={state.scenarios}
              scenarioId={state.scenarioId} focused={state.focus === 'levers'} language={state.language} width={panelWidth} />
          </Box>
        </Box>
      )}
      <StatusBar status={status} timing={timing} focus={state.overlay.kind === 'none' ? state.focus : 'levers'} language={state.language} width={columns} />
    </Box>
  );
}

function TitleBar({ state, width }: { state: SessionState; width: number }): ReactElement {
  const language = state.language;
  const parts = [`plancast · ${translate(language, 'tui.title')}`];
  if (state.region) parts.push(regionName(state)[language]);
  const indicator = selectedIndicator(state);
  if (indicator) parts.push(indicator.name[language]);
  return <Text bold inverse wrap="truncate">{padDisplay(` ${parts.join(' │ ')}`, width)}</Text>;
}

function LeftPane({ state, view, directory, width, height }: { state: SessionState; view: ProjectionView | undefined; directory: string; width: number; height: number }): ReactElement {
  const language = state.language;
  if (state.overlay.kind === 'save') {
    return <SaveDialog dialog={state.overlay} path={scenarioPath(state.overlay.name || '?', directory)} language={language} width={width} height={height} />;
  }
  if (state.preparing) return <Box width={width} height={height}><Text color="yellow" wrap="wrap">{state.status?.text[language] ?? ''}</Text></Box>;
  if (state.focus !== 'levers') {
    const regions = state.focus === 'regions';
    const title = regions ? translate(language, 'tui.pick-region') : translate(language, 'tui.pick-indicator', { region: regionName(state)[language] });
    return (
      <RegionIndicatorPicker title={title} entries={focusedEntries(state)} total={regions ? state.regions.length : state.indicators.length} highlighted={state.highlighted} filter={state.filter}
        current={regions ? state.region : state.indicator} showMarks={!regions} language={language} width={width} height={height} />
    );
  }
  return <ChartPane view={view} width={width} height={height} language={language} placeholder={translate(language, 'tui.welcome')} />;
}
