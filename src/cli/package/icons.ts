import { PNG } from 'pngjs';
import type { FieldIssue } from '../../domain/errors';

/** Sizes Teams requires: https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** What an icon check found, beside the facts tests want to read. */
export interface IconReport {
  readonly width: number;
  readonly height: number;
  readonly transparentPixels: number;
  readonly nonWhiteVisiblePixels: number;
}

/** Reads a PNG and counts the pixels the outline rules care about. */
export function inspectPng(bytes: Buffer): IconReport {
  const png = PNG.sync.read(bytes);
  let transparentPixels = 0;
  let nonWhiteVisiblePixels = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (a === 0) transparentPixels++;
    else if (r !== 255 || g !== 255 || b !== 255) nonWhiteVisiblePixels++;
  }
  return { width: png.width, height: png.height, transparentPixels, nonWhiteVisiblePixels };
}

/**
 * Teams' icon rules: colour 192×192; outline 32×32, white on a transparent background (Teams
 * tints it itself). Returns every rule broken, naming the file.
 */
export function checkIcons(files: { readonly color: Buffer; readonly outline: Buffer }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const color = readOrReport('color.png', files.color, issues);
  if (color && (color.width !== COLOR_ICON_SIZE || color.height !== COLOR_ICON_SIZE)) {
    issues.push({ field: 'color.png', message: `must be ${COLOR_ICON_SIZE}×${COLOR_ICON_SIZE}, is ${color.width}×${color.height}` });
  }
  const outline = readOrReport('outline.png', files.outline, issues);
  if (outline) {
    if (outline.width !== OUTLINE_ICON_SIZE || outline.height !== OUTLINE_ICON_SIZE) {
      issues.push({ field: 'outline.png', message: `must be ${OUTLINE_ICON_SIZE}×${OUTLINE_ICON_SIZE}, is ${outline.width}×${outline.height}` });
    }
    if (outline.transparentPixels === 0) issues.push({ field: 'outline.png', message: 'must have a transparent background' });
    if (outline.nonWhiteVisiblePixels > 0) {
      issues.push({ field: 'outline.png', message: `must be white only; ${outline.nonWhiteVisiblePixels} visible pixels are another colour` });
    }
  }
  return issues;
}

function readOrReport(name: string, bytes: Buffer, issues: FieldIssue[]): IconReport | undefined {
  try {
    return inspectPng(bytes);
  } catch (error) {
    issues.push({ field: name, message: `is not a readable PNG (${error instanceof Error ? error.message : String(error)})` });
    return undefined;
  }
}
