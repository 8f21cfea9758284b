// pdfkit, loaded after the process-wide memoizing fontkit is in place (see ../shared/fontkit.ts).
import { createRequire } from 'node:module';
import '../shared/fontkit.js';

const require = createRequire(import.meta.url);

export const PDFDocument = require('pdfkit') as typeof import('pdfkit');
