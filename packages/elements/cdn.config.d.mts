// Types of cdn.config.mjs, for the TypeScript that builds and measures the CDN files (bench, tests).
import type { Plugin, RollupOptions, WarningHandlerWithDefault } from 'rollup';
import type { MinifyOptions } from 'terser';

export declare const cdnDir: string;
export declare const widgetEntries: Record<string, string>;
export declare const cdnConfigs: RollupOptions[];
export declare function widgetPlugins(): Plugin[];
export declare const onwarn: WarningHandlerWithDefault;
export declare const terserOptions: MinifyOptions;
export declare function pruneStale(kind: RegExp, folders?: string[]): Plugin;
