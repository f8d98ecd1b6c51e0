package cn.gov.egov.portal.learning.document.ui;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.document.DocumentException;
import cn.gov.egov.portal.learning.document.DocumentProgressRepository.Reading;
import cn.gov.egov.portal.learning.document.DocumentReading;
import cn.gov.egov.portal.learning.document.OpenDocument;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 文档学习 ({@code /learn/document/{lessonId}}): a document lesson in the pdf.js viewer, with the pages read so far.
 * Who may read what is decided by {@link DocumentReading}; this view shows the viewer or the reason, and passes the
 * pages the viewer reports to the server, which checks them. Every text is set as text, never markup.
 */
@Route(value = "learn/document", layout = MainLayout.class)
@PermitAll
public class DocumentViewerView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DocumentReading reading;
    private final PortalUser user;
    final Span progress = new Span();
    final Paragraph refusal = new Paragraph();
    PdfViewer viewer;
    private String title = "";
    private OpenDocument open;

    public DocumentViewerView(DocumentReading reading, CurrentUser currentUser) {
        this.reading = reading;
        this.user = currentUser.get();
        addClassName("document-viewer-view");
        setMaxWidth("1100px");
        setWidthFull();
        progress.addClassName("document-progress");
        refusal.addClassName("refusal");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        open = null;
        try {
            open = reading.open(user, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            refuse("not-found");
            return;
        } catch (DocumentException e) {
            refuse(e.code());
            return;
        }
        title = open.lesson().title();
        Anchor course = new Anchor("/courses/" + open.course().id(), open.course().title());
        course.addClassName("document-course");
        H2 heading = new H2(course);
        H3 lesson = new H3(open.lesson().title());
        lesson.addClassName("document-title");
        Span file = new Span(getTranslation("document.viewer.file", open.document().originalName(),
                open.document().pageCount()));
        file.addClassName("document-file");
        file.getStyle().set("color", "var(--lumo-secondary-text-color)");
        int start = firstUnread(open);
        viewer = new PdfViewer(open.lesson().id(), start)
                .text("prev", getTranslation("document.viewer.prev"))
                .text("next", getTranslation("document.viewer.next"))
                .text("page", getTranslation("document.viewer.page"))
                .text("fit", getTranslation("document.viewer.fit"))
                .text("actual", getTranslation("document.viewer.actual"))
                .text("loading", getTranslation("document.viewer.loading"))
                .text("failed", getTranslation("document.viewer.failed"));
        viewer.setId("document-viewer");
        viewer.onPageShown(this::pageShown);
        showProgress(new Reading(open.pagesSeen(), open.complete()), open.document().pageCount(), open.tracked());
        add(heading, lesson, file, progress, viewer);
        if (!open.tracked()) {
            add(new Paragraph(getTranslation("document.viewer.preview")));
        }
    }

    private void pageShown(int page) {
        try {
            showProgress(reading.pageShown(user, open.lesson().id(), page), open.document().pageCount(),
                    open.tracked());
        } catch (DocumentException e) {
            refusal.setText(getTranslation("document.error." + e.code()));
            if (refusal.getParent().isEmpty()) {
                add(refusal);
            }
        }
    }

    private void showProgress(Reading r, int pages, boolean tracked) {
        progress.setText(!tracked ? "" : r.complete() ? getTranslation("document.viewer.complete", pages)
                : getTranslation("document.viewer.progress", r.pagesSeen().size(), pages));
    }

    /** Resume at the first page not yet displayed (page 1 when all were, or none). */
    private static int firstUnread(OpenDocument open) {
        if (open.complete()) {
            return 1;
        }
        for (int p = 1; p <= open.document().pageCount(); p++) {
            if (!open.pagesSeen().contains(p)) {
                return p;
            }
        }
        return 1;
    }

    private void refuse(String code) {
        title = getTranslation("document.viewer.refused");
        refusal.setText(getTranslation("document.error." + code));
        add(new H2(title), refusal);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
