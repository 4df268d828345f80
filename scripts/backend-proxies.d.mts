export declare const BACKEND_ENV: Record<'jaeger' | 'tempo' | 'zipkin', string>;
export interface ConfiguredBackend { id: string; type: string; target: string }
export declare function configuredBackends(env: Record<string, string | undefined>): ConfiguredBackend[];
export declare const proxyPrefix: (id: string) => string;
export declare function backendProxies(env: Record<string, string | undefined>): Record<string, { target: string; changeOrigin: boolean; rewrite: (p: string) => string }>;
export declare function localConfig(env: Record<string, string | undefined>, base?: unknown): unknown;
export declare const backendsDirect: (env: Record<string, string | undefined>) => boolean;
