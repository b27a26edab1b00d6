// Differences between two HNS states, matched by id.
#include <winnet/hns/state_diff.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace winnet::hns {

namespace {

std::string lower(std::string text) {
    std::ranges::transform(text, text.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

template <class T, class OnCreated, class OnUpdated, class OnDeleted>
void compare(const std::vector<T>& before, const std::vector<T>& after, OnCreated created,
             OnUpdated updated, OnDeleted deleted) {
    std::map<std::string, const T*> old;
    for (const auto& item : before) {
        old[lower(item.id)] = &item;
    }
    std::map<std::string, bool> seen;
    for (const auto& item : after) {
        const auto key = lower(item.id);
        seen[key] = true;
        const auto it = old.find(key);
        if (it == old.end()) {
            created(item);
        } else if (!(*it->second == item)) {
            updated(Change<T>{*it->second, item});
        }
    }
    for (const auto& item : before) {
        if (!seen.contains(lower(item.id))) {
            deleted(item);
        }
    }
}

std::string short_id(const std::string& id, bool full) {
    return full || id.size() <= 8 ? id : id.substr(0, 8);
}

std::string describe(const Endpoint& e) {
    std::string text = e.is_remote() ? "remote " : "local ";
    for (std::size_t i = 0; i < e.ip_configurations.size(); ++i) {
        const auto& ip = e.ip_configurations[i].ip_address;
        text += (i == 0 ? "" : ",") + (ip ? ip->to_string() : std::string("(dynamic)"));
    }
    return text;
}

std::string describe(const LoadBalancer& lb) {
    std::string text = lb.frontend_vips.empty() ? "(node ports)" : lb.frontend_vips[0].to_string();
    for (const auto& pm : lb.port_mappings) {
        text += " " + to_string(pm.protocol) + " " + std::to_string(pm.external_port) + "->" +
                std::to_string(pm.internal_port);
    }
    return text + ", " + std::to_string(lb.host_compute_endpoints.size()) + " backends";
}

} // namespace

bool StateDiff::empty() const {
    return created_endpoints.empty() && updated_endpoints.empty() && deleted_endpoints.empty() &&
           created_load_balancers.empty() && updated_load_balancers.empty() &&
           deleted_load_balancers.empty();
}

StateDiff diff_states(const HnsState& before, const HnsState& after) {
    StateDiff d;
    compare(
        before.endpoints, after.endpoints,
        [&](const Endpoint& e) { d.created_endpoints.push_back(e); },
        [&](Change<Endpoint> c) { d.updated_endpoints.push_back(std::move(c)); },
        [&](const Endpoint& e) { d.deleted_endpoints.push_back(e); });
    compare(
        before.load_balancers, after.load_balancers,
        [&](const LoadBalancer& lb) { d.created_load_balancers.push_back(lb); },
        [&](Change<LoadBalancer> c) { d.updated_load_balancers.push_back(std::move(c)); },
        [&](const LoadBalancer& lb) { d.deleted_load_balancers.push_back(lb); });
    return d;
}

Table diff_table(const StateDiff& diff, bool full_ids) {
    Table t{{"CHANGE", "KIND", "ID", "WHAT"}, {}};
    for (const auto& e : diff.deleted_endpoints) {
        t.rows.push_back({"deleted", "endpoint", short_id(e.id, full_ids), describe(e)});
    }
    for (const auto& lb : diff.deleted_load_balancers) {
        t.rows.push_back({"deleted", "load balancer", short_id(lb.id, full_ids), describe(lb)});
    }
    for (const auto& c : diff.updated_endpoints) {
        t.rows.push_back(
            {"updated", "endpoint", short_id(c.after.id, full_ids), describe(c.after)});
    }
    for (const auto& c : diff.updated_load_balancers) {
        t.rows.push_back(
            {"updated", "load balancer", short_id(c.after.id, full_ids), describe(c.after)});
    }
    for (const auto& e : diff.created_endpoints) {
        t.rows.push_back({"created", "endpoint", short_id(e.id, full_ids), describe(e)});
    }
    for (const auto& lb : diff.created_load_balancers) {
        t.rows.push_back({"created", "load balancer", short_id(lb.id, full_ids), describe(lb)});
    }
    return t;
}

} // namespace winnet::hns
