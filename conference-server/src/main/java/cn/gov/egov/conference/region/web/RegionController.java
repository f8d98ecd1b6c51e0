package cn.gov.egov.conference.region.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.egov.conference.system.errors.NotFoundException;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** The region tree (GB/T 2260), node by node, for tree browsers and pickers. Public reference data. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

    private final RegionTree regions;

    RegionController(RegionTree regions) {
        this.regions = regions;
    }

    /** A node with its children and its ancestors (nearest first). */
    record RegionNode(Region region, List<Region> children, List<Region> ancestors, String path) {
    }

    @GetMapping("/{code}")
    RegionNode get(@PathVariable String code) {
        Region r = regions.find(code).orElseThrow(() -> new NotFoundException("no region " + code));
        return new RegionNode(r, regions.children(code), regions.ancestors(code), regions.path(code));
    }
}
