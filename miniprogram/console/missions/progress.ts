/** The progress records live in the main package (the 实操 tab reads them): core/missions/progress.ts. */
export * from '../../core/missions/progress';
