package cn.gov.egov.portal.learning.vod;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.security.Role;

/** Table {@code portal.vod_item}. */
@Repository
public class VodRepository {

    private final JdbcClient jdbc;

    public VodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(VodItem v) {
        jdbc.sql("""
                insert into vod_item (id, title, description, media_asset_id, category, tags, region_code, min_role,
                    published, created_by, created_at, updated_at)
                values (:id, :title, :description, :asset, :category, :tags, :region, :role, :published, :by,
                    :created, :updated)
                """).param("id", v.id()).param("title", v.title()).param("description", v.description())
                .param("asset", v.mediaAssetId()).param("category", v.category()).param("tags", v.tags())
                .param("region", v.regionCode()).param("role", v.minRole().name()).param("published", v.published())
                .param("by", v.createdBy()).param("created", Timestamp.from(v.createdAt()))
                .param("updated", Timestamp.from(v.updatedAt())).update();
    }

    public void update(UUID id, VodDraft d, Instant at) {
        jdbc.sql("""
                update vod_item set title = :title, description = :description, media_asset_id = :asset,
                    category = :category, tags = :tags, min_role = :role, published = :published, updated_at = :at
                where id = :id
                """).param("id", id).param("title", d.title()).param("description", d.description())
                .param("asset", d.mediaAssetId()).param("category", d.category()).param("tags", d.tags())
                .param("role", d.minRole().name()).param("published", d.published()).param("at", Timestamp.from(at))
                .update();
    }

    public Optional<VodItem> find(UUID id) {
        return jdbc.sql("select * from vod_item where id = :id").param("id", id).query(VodRepository::map).optional();
    }

    /**
     * Published items owned by one of {@code regionCodes} (a user's region and its ancestors) for any of
     * {@code roles}, matching {@code text} in title, description, category or tags; newest first.
     */
    public List<VodItem> visible(List<String> regionCodes, List<Role> roles, String text, int offset, int limit) {
        return jdbc.sql("select * from vod_item where published and region_code in (:regions) and min_role in (:roles)"
                        + textCondition(text) + " order by updated_at desc, id limit :limit offset :offset")
                .param("regions", regionCodes).param("roles", roles.stream().map(Role::name).toList())
                .param("text", like(text)).param("limit", limit).param("offset", offset)
                .query(VodRepository::map).list();
    }

    public int countVisible(List<String> regionCodes, List<Role> roles, String text) {
        return jdbc.sql("select count(*) from vod_item where published and region_code in (:regions) "
                        + "and min_role in (:roles)" + textCondition(text))
                .param("regions", regionCodes).param("roles", roles.stream().map(Role::name).toList())
                .param("text", like(text)).query(Integer.class).single();
    }

    /** Every item (published or not) owned by the region subtree with this prefix, newest first. */
    public List<VodItem> managed(String subtreePrefix, String text, int offset, int limit) {
        return jdbc.sql("select * from vod_item where region_code like :prefix" + textCondition(text)
                        + " order by updated_at desc, id limit :limit offset :offset")
                .param("prefix", subtreePrefix + "%").param("text", like(text)).param("limit", limit)
                .param("offset", offset).query(VodRepository::map).list();
    }

    public int countManaged(String subtreePrefix, String text) {
        return jdbc.sql("select count(*) from vod_item where region_code like :prefix" + textCondition(text))
                .param("prefix", subtreePrefix + "%").param("text", like(text)).query(Integer.class).single();
    }

    private static String textCondition(String text) {
        return text == null || text.isBlank() ? ""
                : " and (title ilike :text or description ilike :text or category ilike :text or tags ilike :text)";
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip();
        t = t.length() > 100 ? t.substring(0, 100) : t;
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static VodItem map(ResultSet rs, int row) throws SQLException {
        return new VodItem(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
                rs.getObject("media_asset_id", UUID.class), rs.getString("category"), rs.getString("tags"),
                rs.getString("region_code"), Role.valueOf(rs.getString("min_role")), rs.getBoolean("published"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The roles at or above {@code role}'s rank can see an item whose minimum role is {@code role} or lower. */
    public static List<Role> rolesUpTo(Role role) {
        return Arrays.stream(Role.values()).filter(r -> r.ordinal() <= role.ordinal()).toList();
    }
}
