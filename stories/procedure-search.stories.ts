/**
 * <hpasc-procedure-search>: every state from `procedureSearchStates` (the same list the accessibility tests
 * run), rendered from data alone — start, filters, searching, results (with and without diacritics, filtered,
 * loading more, failing to load more), no results, a failure, a procedure's details (loading, shown, not
 * online, failed), English — plus a live story against the sandbox (`npm run storybook` starts it).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sandboxApi, sandboxKey } from './sandbox.ts';
import '../packages/elements/src/provider/provider.ts';
import '../packages/elements/src/procedure-search/procedure-search.ts';
import { procedureSearchStates, type ProcedureSearchDirectory } from '../packages/elements/src/procedure-search/procedure-search.states.ts';
import type { ProcedureSearchPreview } from '../packages/elements/src/procedure-search/procedure-search.component.ts';
import directory from './generated/directory.json';

const states = procedureSearchStates(directory as unknown as ProcedureSearchDirectory);

const meta: Meta<{ preview?: ProcedureSearchPreview }> = {
  title: 'Widgets/Procedure search (hpasc-procedure-search)',
  component: 'hpasc-procedure-search',
  tags: ['autodocs'],
  render: ({ preview }) => html`<hpasc-procedure-search lang=${preview?.lang ?? 'vi'} .preview=${preview}></hpasc-procedure-search>`,
};
export default meta;

type Story = StoryObj<{ preview?: ProcedureSearchPreview }>;

/** One story per state; Storybook needs named exports, so they are listed once here from the data. */
const story = (name: keyof typeof states & string): Story => ({ name, args: { preview: states[name] } });

export const Start = story('Start');
export const FiltersOpen = story('Filters open');
export const Searching = story('Searching');
export const Results = story('Results');
export const ResultsWithoutDiacritics = story('Results, without diacritics');
export const ResultsFiltered = story('Results, filtered');
export const ResultsLoadingMore = story('Results, loading more');
export const ResultsMoreFailed = story('Results, more failed');
export const NoResults = story('No results');
export const NoResultsWithFilters = story('No results, with filters');
export const CouldNotSearch = story('Could not search');
export const ProcedureLoading = story('Procedure loading');
export const Procedure = story('Procedure');
export const ProcedureNotOnline = story('Procedure not online (made-up variant)');
export const ProcedureWithSteps = story('Procedure with steps (made-up steps)');
export const ProcedureFailed = story('Procedure failed');
export const English = story('English');
export const EnglishProcedure = story('English, procedure');

/** Talks to the sandbox: type "dang ky khai sinh". */
export const Live: Story = {
  tags: ['live'],
  render: () => html`<hpasc-provider api-key=${sandboxKey} base-url=${sandboxApi}>
    <hpasc-procedure-search></hpasc-procedure-search></hpasc-provider>`,
};
