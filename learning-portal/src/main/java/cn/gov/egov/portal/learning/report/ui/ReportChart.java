package cn.gov.egov.portal.learning.report.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart ({@code report-chart.js}) fed with plain data as JSON: categories and named series of
 * numbers. The browser builds the chart options itself, with every name treated as text.
 */
@Tag("report-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./report-chart.js")
public class ReportChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One named row of values, one value per category. */
    public record Series(String name, List<? extends Number> values) {
    }

    public enum Kind { BAR, STACKED, PIE }

    public ReportChart(String className) {
        addClassName(className);
        getElement().getStyle().set("display", "block").set("width", "100%").set("height", "320px")
                .set("min-width", "0");
    }

    /** Replaces the chart's data; {@code percent}: values are per cent (axis up to 100). */
    public void show(Kind kind, List<String> categories, List<Series> series, boolean percent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        data.put("percent", percent);
        data.put("categories", categories);
        data.put("series", series.stream().map(s -> Map.of("name", s.name(), "values", s.values())).toList());
        getElement().setAttribute("data", JSON.writeValueAsString(data));
    }

    /** The JSON last sent to the browser (for tests). */
    public String data() {
        return getElement().getAttribute("data");
    }
}
