package cn.gov.egov.portal.learning.certificate.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.certificate.Certificate;
import cn.gov.egov.portal.learning.certificate.issue.CertificateService;
import cn.gov.egov.portal.learning.certificate.issue.IssuedCertificate;

/**
 * 我的证书 — the signed-in learner's certificates, newest first, each with a PDF download link (the download
 * controller checks ownership again). Opening the view issues what the learner has earned and has no certificate for
 * yet (courses completed per the hours ledger, exams passed), so nothing earned is ever missing here.
 */
@Route(value = "my-certificates", layout = MainLayout.class)
@PermitAll
public class MyCertificatesView extends VerticalLayout implements HasDynamicTitle {

    /** The download controller's path; kept in step with {@code CertificateDownloadController}. */
    public static final String DOWNLOAD_PATH = "certificates/download/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    final Grid<IssuedCertificate> grid = new Grid<>();

    public MyCertificatesView(CertificateService certificates, CurrentUser currentUser) {
        addClassName("my-certificates");
        setSizeFull();
        List<IssuedCertificate> mine = certificates.issueEarnedAndList(currentUser.get());
        grid.addColumn(c -> getTranslation("certificates.kind." + c.certificate().kind().name()))
                .setHeader(getTranslation("certificates.col.kind")).setAutoWidth(true);
        grid.addColumn(c -> c.certificate().title()).setHeader(getTranslation("certificates.col.title"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.certificate().number()).setHeader(getTranslation("certificates.col.number"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.certificate().hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("certificates.col.hours")).setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.certificate().issuedOn()))
                .setHeader(getTranslation("certificates.col.issued")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.revoked() ? "certificates.status.revoked" : "certificates.status.valid"))
                .setHeader(getTranslation("certificates.col.status")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("certificates.col.download"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true); // in reach on a phone too
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("certificates.empty"));
        grid.setItems(mine);
        grid.setSizeFull();
        add(new H2(getTranslation("certificates.title")), new Paragraph(getTranslation("certificates.intro")), grid);
    }

    private Component download(IssuedCertificate issued) {
        if (issued.revoked()) {
            return new Span();
        }
        Certificate c = issued.certificate();
        Anchor link = new Anchor(DOWNLOAD_PATH + issued.id(), "");
        link.add(new HorizontalLayout(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("certificates.download"))));
        link.getElement().setAttribute("download", "certificate-" + c.number() + ".pdf");
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("certificate-download");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title");
    }
}
