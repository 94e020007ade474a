// Types of cdn.config.mjs, for the TypeScript that builds and measures the CDN files (bench, tests).
import type { RollupOptions } from 'rollup';

export declare const cdnDir: string;
export declare const widgetEntries: Record<string, string>;
export declare const cdnConfigs: RollupOptions[];
