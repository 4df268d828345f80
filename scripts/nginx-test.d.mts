export declare const NGINX: string;
export declare const SUB_PATH: string;
export declare const TEST_TENANT: string;
export declare function freePort(): Promise<number>;
export declare function testLocations(distDir: string, ports: { jaeger: number; tempo: number; zipkin: number }): string;
export interface RunningNginx {
  readonly origin: string;
  /** `http://127.0.0.1:<port>/tracescope/` */
  readonly appUrl: string;
  readonly dir: string;
  readonly ports: { readonly jaeger: number; readonly tempo: number; readonly zipkin: number };
  stop(): Promise<void>;
}
export declare function startNginx(options?: { distDir?: string }): Promise<RunningNginx>;
export declare function checkHttp(appUrl: string): Promise<string[]>;
