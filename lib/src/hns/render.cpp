#include <winnet/hns/render.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace winnet::hns {

std::string Table::to_text() const {
    std::vector<std::size_t> width(header.size(), 0);
    auto measure = [&width](const std::vector<std::string>& row) {
        width.resize(std::max(width.size(), row.size()));
        for (std::size_t i = 0; i < row.size(); ++i) {
            width[i] = std::max(width[i], row[i].size());
        }
    };
    measure(header);
    for (const auto& row : rows) {
        measure(row);
    }
    std::string out;
    auto line = [&](const std::vector<std::string>& row) {
        std::string text;
        for (std::size_t i = 0; i < row.size(); ++i) {
            text += row[i];
            if (i + 1 < row.size()) {
                text.append(width[i] - row[i].size() + 2, ' ');
            }
        }
        while (!text.empty() && text.back() == ' ') {
            text.pop_back();
        }
        out += text + "\n";
    };
    line(header);
    for (const auto& row : rows) {
        line(row);
    }
    return out;
}

namespace {

std::string escape_html(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string Table::to_html() const {
    std::string out = "<table class=\"winnet-table\">\n<thead><tr>";
    for (const auto& h : header) {
        out += "<th>" + escape_html(h) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (const auto& cell : row) {
            out += "<td>" + escape_html(cell) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

namespace {

// HNS ids are GUIDs; their first 8 hex digits tell objects of one node apart. Names (a network
// looked up by name) are not shortened.
bool is_guid(const std::string& id) {
    return id.size() == 36 && id[8] == '-' && id[13] == '-' && id[18] == '-' && id[23] == '-';
}

std::string short_id(const std::string& id, bool full) {
    return full || !is_guid(id) ? id : id.substr(0, 8);
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ",") + item;
    }
    return out.empty() ? "-" : out;
}

// "OutBoundNATx2,SDNRoute": each policy type once, in first-seen order, with its count.
template <class Policies> std::string policy_summary(const Policies& policies) {
    std::map<std::string, int> counts;
    std::vector<std::string> order;
    for (const auto& p : policies) {
        const auto type = policy_type(p);
        if (counts[type]++ == 0) {
            order.push_back(type);
        }
    }
    std::vector<std::string> parts;
    for (const auto& type : order) {
        parts.push_back(counts[type] > 1 ? type + "x" + std::to_string(counts[type]) : type);
    }
    return join(parts);
}

} // namespace

Table network_table(const std::vector<Network>& networks) {
    Table t{{"ID", "NAME", "TYPE", "SUBNETS", "POLICIES"}, {}};
    for (const auto& n : networks) {
        std::vector<std::string> subnets;
        for (const auto& ipam : n.ipams) {
            for (const auto& s : ipam.subnets) {
                if (s.ip_address_prefix) {
                    subnets.push_back(s.ip_address_prefix->to_string());
                }
            }
        }
        t.rows.push_back({n.id, n.name.empty() ? "-" : n.name, n.type ? to_string(*n.type) : "-",
                          join(subnets), policy_summary(n.policies)});
    }
    return t;
}

Table endpoint_table(const std::vector<Endpoint>& endpoints) {
    Table t{{"ID", "NAME", "KIND", "IP", "MAC", "NETWORK", "POLICIES"}, {}};
    for (const auto& e : endpoints) {
        std::vector<std::string> ips;
        for (const auto& c : e.ip_configurations) {
            if (c.ip_address) {
                ips.push_back(c.ip_address->to_string() +
                              (c.prefix_length != 0 ? "/" + std::to_string(c.prefix_length) : ""));
            }
        }
        t.rows.push_back(
            {e.id, e.name.empty() ? "-" : e.name, e.is_remote() ? "remote" : "local", join(ips),
             e.mac_address.empty() ? "-" : e.mac_address,
             e.host_compute_network.empty() ? "-" : short_id(e.host_compute_network, false),
             policy_summary(e.policies)});
    }
    return t;
}

Table load_balancer_table(const std::vector<LoadBalancer>& load_balancers, bool full_ids) {
    Table t{{"ID", "FRONTEND", "PORTS", "FLAGS", "PORT FLAGS", "DISTRIBUTION", "SOURCE VIP",
             "BACKENDS"},
            {}};
    for (const auto& lb : load_balancers) {
        std::vector<std::string> vips;
        for (const auto& v : lb.frontend_vips) {
            vips.push_back(v.to_string());
        }
        std::vector<std::string> ports;
        std::vector<std::string> port_flags;
        std::vector<std::string> distribution;
        for (const auto& pm : lb.port_mappings) {
            ports.push_back(to_string(pm.protocol) + " " + std::to_string(pm.external_port) + "->" +
                            std::to_string(pm.internal_port));
            port_flags.push_back(to_string(pm.flags));
            distribution.push_back(to_string(pm.distribution_type));
        }
        std::vector<std::string> backends;
        for (const auto& ep : lb.host_compute_endpoints) {
            backends.push_back(short_id(ep, full_ids));
        }
        t.rows.push_back({short_id(lb.id, full_ids), vips.empty() ? "(node ports)" : join(vips),
                          join(ports), to_string(lb.flags), join(port_flags), join(distribution),
                          lb.source_vip ? lb.source_vip->to_string() : "-", join(backends)});
    }
    return t;
}

Table call_table(const std::vector<HnsCall>& calls, bool full_ids) {
    Table t{{"#", "OPERATION", "ID", "RESULT"}, {}};
    std::size_t n = 0;
    for (const auto& c : calls) {
        std::string result = "ok";
        if (c.error) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%08x", static_cast<unsigned>(*c.error));
            result = std::string(hex) + " " + to_string(*c.error);
        }
        t.rows.push_back({std::to_string(++n), to_string(c.operation),
                          c.id.empty() ? "-" : short_id(c.id, full_ids), result});
    }
    return t;
}

std::string render_state(const HnsState& state, bool full_ids) {
    return "HNS " + state.version.to_string() + "\n\nNetworks\n" +
           network_table(state.networks).to_text() + "\nEndpoints\n" +
           endpoint_table(state.endpoints).to_text() + "\nLoad balancers\n" +
           load_balancer_table(state.load_balancers, full_ids).to_text();
}

} // namespace winnet::hns
