export { HpascProcedureSearch } from '../src/procedure-search/procedure-search.ts';
