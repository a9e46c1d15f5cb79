// Types of shapes.mjs, for the fuzz test.
export interface Shape {
  name: string;
  stresses: string;
  make(size: number): string;
}
export declare const SHAPES: Shape[];
