export declare const GENERATED: string;
export declare function compileSpanScan(): Promise<Uint8Array>;
export declare function generatedSource(bytes: Uint8Array): string;
