"""PDF pages as images, for the preview and for printing.

Why pypdfium2: PySide6-Essentials has no QtPdf, and Qt cannot read a PDF. Printing the same PDF
that "Save PDF…" writes (rather than drawing every document a second time with QPainter) keeps
paper and file identical. pypdfium2 ships PDFium inside its wheel for every platform, needs no
system library, and renders a page in milliseconds; each page is drawn onto the QPrinter as an
image at the printer's resolution (capped at 300 dpi, which is sharp for text and keeps memory
small), one page at a time so a 500-page set of name tents never sits in memory at once.

PDFium is not thread-safe: every use holds ``_PDFIUM`` and closes each page, bitmap and
document explicitly, so no finalizer runs later on another thread.
"""

from __future__ import annotations

import threading
from typing import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_CAP = 300
_PDFIUM = threading.Lock()


def page_count(pdf: bytes) -> int:
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return len(document)
        finally:
            document.close()


def _image(document: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an image; the caller holds ``_PDFIUM``."""
    page = document[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, 3 bytes per pixel
    finally:
        page.close()
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        pixels = memoryview(bitmap.buffer).cast("B")
        # Copy into an image Qt allocates: wrapping foreign memory in a QImage is not safe in PySide6.
        image = QImage(width, height, QImage.Format.Format_RGB888)
        line = image.bytesPerLine()
        target = image.bits()
        if line == stride:
            target[:stride * height] = pixels[:stride * height]
        else:
            for row in range(height):
                target[row * line:row * line + width * 3] = pixels[row * stride:row * stride + width * 3]
        return image
    finally:
        bitmap.close()


def page_images(pdf: bytes, dpi: float, limit: int | None = None) -> list[QImage]:
    """The first ``limit`` pages (all when None) as images; safe to call from a worker thread."""
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            count = len(document) if limit is None else min(limit, len(document))
            return [_image(document, index, dpi) for index in range(count)]
        finally:
            document.close()


def print_pdf(pdf: bytes, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Send every page to ``printer`` (already set up by the print dialog); returns pages sent.

    Runs in a worker thread: QPainter may paint on a QPrinter outside the GUI thread.
    """
    painter = QPainter()
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            return _paint_pages(document, printer, painter, progress)
        finally:
            if painter.isActive():
                painter.end()
            document.close()


def _paint_pages(document: pdfium.PdfDocument, printer: QPrinter, painter: QPainter,
                 progress: Callable[[int, int], None] | None) -> int:
    printer.setFullPage(True)  # the PDF carries its own margins
    if not painter.begin(printer):
        raise RuntimeError("The printer could not be opened.")
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    total = len(document)
    for index in range(total):
        if index:
            printer.newPage()
        painter.drawImage(target, _image(document, index, dpi))
        if progress:
            progress(index + 1, total)
    return total
