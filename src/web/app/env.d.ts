// esbuild bundles the stylesheet imported by main.ts into its own file.
declare module '*.css';
