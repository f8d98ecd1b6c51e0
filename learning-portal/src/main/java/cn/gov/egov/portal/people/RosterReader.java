package cn.gov.egov.portal.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.gov.egov.portal.people.RosterFileException.Reason;

/**
 * Reads the first worksheet of an .xlsx roster with POI's event API ({@link XSSFReader} and a SAX handler), so a
 * 100,000-row file is streamed, never loaded as a workbook. The header row is found by its Chinese titles (any
 * order, within the first rows); every later non-blank row becomes a {@link RosterRow}. A file that is not an
 * .xlsx, damaged, a zip bomb, too large or too long is refused with a {@link RosterFileException} before or while
 * reading; see {@link ZipGuard} for the decompression limits.
 */
public final class RosterReader {

    private final RosterLimits limits;

    public RosterReader() {
        this(RosterLimits.DEFAULT);
    }

    public RosterReader(RosterLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        ZipGuard.apply();
    }

    /** The whole roster in memory (about 0.5 KB a row): fine for 100,000 rows; use the streaming form beyond. */
    public Roster readAll(Path file) throws IOException {
        List<RosterRow> rows = new ArrayList<>();
        RosterHeader header = read(file, rows::add);
        return new Roster(header, rows);
    }

    /** As {@link #readAll(Path)}, from an upload stream (copied to a temporary file, at most the size limit). */
    public Roster readAll(InputStream upload) throws IOException {
        Path copy = Files.createTempFile("roster-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                copyAtMost(upload, out);
            }
            return readAll(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Copies an upload to a new temporary file for {@link #read(Path, Consumer)}, refusing it with
     * {@link RosterFileException} ({@code TOO_LARGE}) as soon as it passes the size limit. The caller deletes the file.
     */
    public Path copyUpload(InputStream upload) throws IOException {
        Path copy = Files.createTempFile("roster-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(copy)) {
            copyAtMost(upload, out);
            return copy;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /**
     * Streams the rows to {@code rows} in sheet order and returns the header.
     *
     * @throws RosterFileException when the file as a whole cannot be used; rows already passed on must be dropped
     * @throws IOException         when the file cannot be read from disk
     */
    public RosterHeader read(Path file, Consumer<RosterRow> rows) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new RosterFileException(Reason.EMPTY_FILE, "上传的文件是空的，请选择填写好的花名册 .xlsx 文件");
        }
        if (size > limits.maxFileBytes()) {
            throw tooLarge();
        }
        checkMagic(file);
        RowAssembler assembler = new RowAssembler(limits, rows);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterFileException(Reason.NO_SHEET, "文件中没有工作表");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, assembler, limits.maxColumns()));
                parser.parse(new InputSource(sheet));
            }
        } catch (RosterFileException e) {
            throw e;
        } catch (RowAssembler.SinkFailure e) {
            throw e.getCause();
        } catch (SAXException e) {
            if (e.getException() instanceof RosterFileException refused) {
                throw refused;
            }
            throw refusal(e);
        } catch (Exception e) {
            throw refusal(e);
        }
        return assembler.finish();
    }

    private void checkMagic(Path file) throws IOException {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new RosterFileException(Reason.NOT_XLSX, "无法识别的文件，请上传 Excel 2007 及以上版本的 .xlsx 文件", e);
        }
        switch (magic) {
            case OOXML -> {
                // a zip: looked at more closely when opened
            }
            case OLE2 -> throw new RosterFileException(Reason.LEGACY_OR_ENCRYPTED,
                    "这是旧版 .xls 文件或设置了打开密码的文件。请在 Excel 中取消密码并“另存为”Excel 工作簿（.xlsx）后重新上传");
            default -> throw new RosterFileException(Reason.NOT_XLSX,
                    "这不是 Excel .xlsx 文件（可能是 CSV、WPS 或其他格式）。请用导入模板填写并保存为 .xlsx 后上传");
        }
    }

    private static RosterFileException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size")
                    || message.contains("exceeds the maximum") || message.contains(ZipGuard.FILE_COUNT_HINT)) {
                return new RosterFileException(Reason.ZIP_BOMB,
                        "文件解压后异常庞大（疑似压缩炸弹），已拒绝。请用导入模板重新填写后上传", e);
            }
        }
        return new RosterFileException(Reason.CORRUPT,
                "文件已损坏或不是有效的 .xlsx 工作簿（可能未完整上传）。请在 Excel 中打开确认后重新保存上传", e);
    }

    private RosterFileException tooLarge() {
        return new RosterFileException(Reason.TOO_LARGE, "文件超过 " + (limits.maxFileBytes() / (1024 * 1024))
                + " MB，请拆分为多个文件分批导入");
    }

    private void copyAtMost(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxFileBytes()) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
    }
}
