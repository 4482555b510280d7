/**
 * Renders page regions of a PDF to PNG with pdf.js; in Node pdf.js draws on @napi-rs/canvas.
 * Bytes in, images out: a page that fails to render becomes a warning, never an exception.
 */
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { Result, Warning } from '../../extractors/model.js';
import { clipOf, type Box, type Region } from './regions.js';

export interface RegionImage {
  page: number;
  clip: Box;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Pixels per PDF point: sharp enough to read small table digits. */
const SCALE = 2;

export async function renderRegions(pdf: Uint8Array, regions: Region[]): Promise<Result<RegionImage[]>> {
  const warnings: Warning[] = [];
  if (regions.length === 0) return { value: [], warnings };
  let doc: PDFDocumentProxy;
  try {
    // pdf.js detaches the buffer it is given: hand it a copy.
    doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  } catch (err) {
    return {
      value: [],
      warnings: [{ code: 'render_failed', message: `source PDF could not be opened: ${(err as Error).message}` }],
    };
  }
  const images: RegionImage[] = [];
  try {
    for (const region of regions) {
      try {
        images.push(await renderRegion(doc, region));
      } catch (err) {
        warnings.push({
          code: 'render_failed',
          message: `page ${region.page} could not be rendered: ${(err as Error).message}`,
        });
      }
    }
  } finally {
    await doc.destroy();
  }
  return { value: images, warnings };
}

async function renderRegion(doc: PDFDocumentProxy, region: Region): Promise<RegionImage> {
  const page = await doc.getPage(region.page);
  try {
    const clip = clipOf(region, page.getViewport({ scale: 1 }));
    const viewport = page.getViewport({ scale: SCALE, offsetX: -clip[0] * SCALE, offsetY: -clip[1] * SCALE });
    const width = Math.ceil((clip[2] - clip[0]) * SCALE);
    const height = Math.ceil((clip[3] - clip[1]) * SCALE);
    const canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    // Pages are transparent where nothing is drawn; a reviewer compares against paper white.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    // pdf.js types its targets as DOM canvases; @napi-rs/canvas implements the 2D API it uses.
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: context as unknown as CanvasRenderingContext2D,
      viewport,
    }).promise;
    return { page: region.page, clip, png: new Uint8Array(canvas.toBuffer('image/png')), width, height };
  } finally {
    page.cleanup();
  }
}
