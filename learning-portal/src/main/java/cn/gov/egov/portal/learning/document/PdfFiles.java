package cn.gov.egov.portal.learning.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What makes an upload a PDF, as plain Java: it starts with {@code %PDF-} (checked before a byte is stored), ends
 * with an {@code %%EOF} marker (a truncated file does not), and PDFBox opens it without a password and reads every
 * page's content.
 */
public final class PdfFiles {

    static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 2048;

    private PdfFiles() {
    }

    /** The stream with its first bytes checked to be {@code %PDF-} (and put back), or {@code not-pdf}. */
    public static InputStream requireHeader(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, MAGIC.length);
        byte[] head = p.readNBytes(MAGIC.length);
        if (head.length == 0) {
            throw new DocumentException("empty", "文件为空");
        }
        if (!Arrays.equals(head, MAGIC)) {
            throw new DocumentException("not-pdf", "文件不是 PDF 文档（文件头不是 %PDF-）");
        }
        p.unread(head);
        return p;
    }

    /** The number of pages of a complete, readable PDF; {@code corrupt} or {@code encrypted} otherwise. */
    public static int pageCount(Path file) {
        if (!endsWithEofMarker(file)) {
            throw new DocumentException("corrupt", "PDF 文件不完整或已损坏（缺少文件结束标记）");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            if (pages < 1) {
                throw new DocumentException("corrupt", "PDF 文件没有页面");
            }
            for (PDPage page : doc.getPages()) {
                page.getMediaBox();
                try (InputStream content = page.getContents()) {
                    content.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new DocumentException("encrypted", "PDF 文件已加密，需要密码才能打开，请上传未加密的文件", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException d) {
                throw d;
            }
            throw new DocumentException("corrupt", "PDF 文件已损坏，无法打开", e);
        }
    }

    private static boolean endsWithEofMarker(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            int n = (int) Math.min(TAIL, length);
            byte[] tail = new byte[n];
            f.seek(length - n);
            f.readFully(tail);
            for (int i = n - EOF.length; i >= 0; i--) {
                if (Arrays.equals(tail, i, i + EOF.length, EOF, 0, EOF.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
