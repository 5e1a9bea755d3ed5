// SPDX-License-Identifier: GPL-2.0-or-later
// Joining PDFs with qpdf: the parts of a long report, printed in parallel.
#include "pdfprinter.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <vector>

namespace Claimbench {

QByteArray joinPdfs(const QList<QByteArray> &pdfs, QString *error)
{
    // qpdf reports problems with exceptions: they stop here.
    try {
        std::vector<std::unique_ptr<QPDF>> inputs; // alive until written: pages are copied when the output is
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper pages(out);
        for (qsizetype i = 0; i < pdfs.size(); ++i) {
            auto in = std::make_unique<QPDF>();
            in->setSuppressWarnings(true);
            const std::string name = "part " + std::to_string(i + 1);
            in->processMemoryFile(name.c_str(), pdfs.at(i).constData(), size_t(pdfs.at(i).size()));
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*in).getAllPages())
                pages.addPage(page, false);
            if (i == 0 && in->getTrailer().hasKey("/Info"))
                out.getTrailer().replaceKey("/Info", out.copyForeignObject(in->getTrailer().getKey("/Info")));
            inputs.push_back(std::move(in));
        }
        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_disable); // a classic cross-reference table (addPageNumbers reads it)
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QStringLiteral("cannot join the PDF parts: %1").arg(QString::fromLocal8Bit(e.what()));
        return QByteArray();
    }
}

} // namespace Claimbench
