// The QR code on the first page of the PDF, drawn as vector squares from the qrcode package's
// module matrix: sharp at any print size, no image decoding, identical bytes every time.
import QRCode from "qrcode";

/** Draws a QR code for `url` with its top-left corner at (x, y), `size` points wide. */
export function drawQrCode(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = size / (modules.size + quiet * 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fillColor("black").fill();
}
