package cn.gov.egov.portal.learning.document.ui;

import java.util.UUID;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The PDF viewer ({@code pdf-document-viewer.js}, pdf.js): asks {@code /api/learning/documents/{id}/link} for a
 * short-lived presigned link, renders one page at a time fitted to its width, and reports each page it has drawn.
 */
@Tag("pdf-document-viewer")
@NpmPackage(value = "pdfjs-dist", version = "6.5.438")
@JsModule("./pdf-document-viewer.js")
public class PdfViewer extends Component {

    public PdfViewer(UUID lessonId, int startPage) {
        getElement().setAttribute("link", "/api/learning/documents/" + lessonId + "/link");
        getElement().setAttribute("start-page", Integer.toString(startPage));
        getElement().getStyle().set("display", "block").set("width", "100%");
    }

    /** Sets one of the viewer's texts ({@code text-prev}, {@code text-next} …). */
    public PdfViewer text(String name, String value) {
        getElement().setAttribute("text-" + name, value);
        return this;
    }

    /** Called with each page number the browser reports drawn (checked by the caller on the server). */
    public void onPageShown(IntConsumer listener) {
        getElement().addEventListener("page-shown", e -> {
            var page = e.getEventData().get("event.detail.page");
            if (page != null && page.isNumber()) { // anything else is not a page the viewer drew
                listener.accept((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, page.asDouble())));
            }
        }).addEventData("event.detail.page");
    }
}
