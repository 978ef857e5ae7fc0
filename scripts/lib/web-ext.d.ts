/** The one part of web-ext's programmatic API we call (it ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(
        options: {
          sourceDir: string;
          output: 'text' | 'json';
          warningsAsErrors: boolean;
          selfHosted: boolean;
        },
        extra: { shouldExitProgram: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
