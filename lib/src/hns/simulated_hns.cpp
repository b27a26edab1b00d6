#include <winnet/hns/simulated_hns.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <unordered_map>

namespace winnet::hns {

std::string to_string(HnsOperation operation) {
    switch (operation) {
    case HnsOperation::GetVersion:
        return "GetVersion";
    case HnsOperation::ListNetworks:
        return "ListNetworks";
    case HnsOperation::GetNetworkByName:
        return "GetNetworkByName";
    case HnsOperation::GetNetworkById:
        return "GetNetworkByID";
    case HnsOperation::CreateNetwork:
        return "CreateNetwork";
    case HnsOperation::DeleteNetwork:
        return "DeleteNetwork";
    case HnsOperation::ListEndpoints:
        return "ListEndpoints";
    case HnsOperation::ListEndpointsOfNetwork:
        return "ListEndpointsOfNetwork";
    case HnsOperation::GetEndpointById:
        return "GetEndpointByID";
    case HnsOperation::GetEndpointByName:
        return "GetEndpointByName";
    case HnsOperation::CreateEndpoint:
        return "CreateEndpoint";
    case HnsOperation::DeleteEndpoint:
        return "DeleteEndpoint";
    case HnsOperation::ListLoadBalancers:
        return "ListLoadBalancers";
    case HnsOperation::GetLoadBalancerById:
        return "GetLoadBalancerByID";
    case HnsOperation::CreateLoadBalancer:
        return "CreateLoadBalancer";
    case HnsOperation::UpdateLoadBalancer:
        return "UpdateLoadBalancer";
    case HnsOperation::DeleteLoadBalancer:
        return "DeleteLoadBalancer";
    case HnsOperation::AddNamespaceEndpoint:
        return "AddNamespaceEndpoint";
    case HnsOperation::RemoveNamespaceEndpoint:
        return "RemoveNamespaceEndpoint";
    }
    return "Unknown";
}

namespace {

constexpr std::size_t operation_count = 19;

std::size_t index(HnsOperation op) {
    return static_cast<std::size_t>(op);
}

// GUIDs compare without regard to case (HNS returns upper case, kube-proxy may
// lower it).
std::string key_of(std::string_view id) {
    std::string key(id);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return key;
}

// splitmix64: a tiny, well-mixed generator; the same seed gives the same ids
// and faults.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    double uniform() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }
};

// An ordered table keyed by creation sequence, with an index by (upper-cased)
// id.
template <class T> struct Table {
    std::map<std::uint64_t, T> items;
    std::unordered_map<std::string, std::uint64_t> by_id;
    std::uint64_t next_seq = 0;

    T* find(std::string_view id) {
        const auto it = by_id.find(key_of(id));
        return it == by_id.end() ? nullptr : &items.at(it->second);
    }
    const T& insert(T item) {
        const auto seq = next_seq++;
        by_id[key_of(item.id)] = seq;
        return items.emplace(seq, std::move(item)).first->second;
    }
    void erase(std::string_view id) {
        const auto it = by_id.find(key_of(id));
        if (it != by_id.end()) {
            items.erase(it->second);
            by_id.erase(it);
        }
    }
    std::vector<T> list() const {
        std::vector<T> out;
        out.reserve(items.size());
        for (const auto& [_, item] : items) {
            out.push_back(item);
        }
        return out;
    }
};

struct Latency {
    std::chrono::microseconds fixed{0};
    std::chrono::microseconds per_object{0};
};

// Illustrative costs of a Windows Server 2022 node: lists grow with what they
// return, writes dominate. Benchmarks report ratios, so only the proportions
// matter.
std::array<Latency, operation_count> default_latencies() {
    using us = std::chrono::microseconds;
    std::array<Latency, operation_count> l{};
    for (auto& x : l) {
        x.fixed = us{2000};
    }
    for (auto op : {HnsOperation::ListNetworks, HnsOperation::ListEndpoints,
                    HnsOperation::ListEndpointsOfNetwork, HnsOperation::ListLoadBalancers}) {
        l[index(op)] = {us{5000}, us{100}};
    }
    l[index(HnsOperation::CreateEndpoint)].fixed = us{15000};
    l[index(HnsOperation::CreateLoadBalancer)].fixed = us{25000};
    l[index(HnsOperation::UpdateLoadBalancer)].fixed = us{20000};
    l[index(HnsOperation::DeleteLoadBalancer)].fixed = us{15000};
    l[index(HnsOperation::DeleteEndpoint)].fixed = us{10000};
    l[index(HnsOperation::AddNamespaceEndpoint)].fixed = us{5000};
    l[index(HnsOperation::RemoveNamespaceEndpoint)].fixed = us{5000};
    l[index(HnsOperation::CreateNetwork)].fixed = us{500000};
    l[index(HnsOperation::DeleteNetwork)].fixed = us{200000};
    return l;
}

// The frontends a load balancer claims: one key per (VIP, protocol, external
// port), or one node-wide key for a NodePort load balancer (no VIP).
std::vector<std::string> frontend_keys(const LoadBalancer& lb) {
    std::vector<std::string> keys;
    for (const auto& pm : lb.port_mappings) {
        const auto port = to_string(pm.protocol) + "/" + std::to_string(pm.external_port);
        if (lb.frontend_vips.empty()) {
            // A NodePort load balancer claims the port on the node's addresses of its own
            // family: a dual-stack node has one per family on the same port.
            const bool v6 = (lb.flags & LoadBalancerFlags::IPv6) == LoadBalancerFlags::IPv6;
            keys.push_back(std::string(v6 ? "node IPv6 " : "node IPv4 ") + port);
        }
        for (const auto& vip : lb.frontend_vips) {
            keys.push_back(vip.to_string() + " " + port);
        }
    }
    return keys;
}

} // namespace

struct SimulatedHns::Impl {
    HnsVersion version;
    SplitMix64 ids;
    Table<Network> networks;
    Table<Endpoint> endpoints;
    Table<LoadBalancer> load_balancers;
    std::unordered_map<std::string, std::string> frontends; // frontend key -> LB id

    std::vector<HnsCall> calls;
    std::array<std::size_t, operation_count> counts{};
    std::array<Latency, operation_count> latency = default_latencies();
    std::chrono::microseconds elapsed{0};

    std::map<std::size_t, HResult> nth_faults; // call number (1-based over all calls) -> code
    std::array<std::pair<std::size_t, HResult>, operation_count> op_faults{};
    std::optional<std::pair<double, HResult>> random_fault;
    SplitMix64 fault_rng{0};
    std::size_t calls_seen = 0;

    std::string new_id() {
        const auto hi = ids.next();
        const auto lo = ids.next();
        char buf[40];
        // Version-4 layout: the GUIDs look like HNS's and never collide with each
        // other.
        std::snprintf(
            buf, sizeof buf, "%08X-%04X-4%03X-%04X-%012llX", static_cast<unsigned>(hi >> 32U),
            static_cast<unsigned>((hi >> 16U) & 0xFFFFU), static_cast<unsigned>(hi & 0x0FFFU),
            static_cast<unsigned>(0x8000U | ((lo >> 48U) & 0x3FFFU)),
            static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
        return buf;
    }

    // Records the call, charges its latency and throws if a fault is due.
    HnsCall& begin(HnsOperation op, std::string id, std::string document = {}) {
        ++calls_seen;
        ++counts[index(op)];
        elapsed += latency[index(op)].fixed;
        calls.push_back({op, std::move(id), std::move(document), std::nullopt});
        std::optional<HResult> fault;
        if (auto it = nth_faults.find(calls_seen); it != nth_faults.end()) {
            fault = it->second;
            nth_faults.erase(it);
        } else if (auto& [times, code] = op_faults[index(op)]; times > 0) {
            --times;
            fault = code;
        } else if (random_fault && fault_rng.uniform() < random_fault->first) {
            fault = random_fault->second;
        }
        if (fault) {
            fail(*fault, "injected fault");
        }
        return calls.back();
    }
    void charge_objects(HnsOperation op, std::size_t n) {
        elapsed += latency[index(op)].per_object * static_cast<long>(n);
    }
    [[noreturn]] void fail(HResult code, const std::string& detail) {
        calls.back().error = code;
        throw HnsError(to_string(calls.back().operation), code, detail);
    }
    [[noreturn]] void not_found(HResult code, const std::string& kind, const std::string& key_kind,
                                const std::string& key) {
        calls.back().error = code;
        throw NotFoundError(to_string(calls.back().operation), code, kind, key_kind, key);
    }

    void check_load_balancer(const LoadBalancer& lb, std::string_view replacing) {
        for (const auto& ep : lb.host_compute_endpoints) {
            if (endpoints.find(ep) == nullptr) {
                not_found(HResult::EndpointNotFound, "Endpoint", "ID", ep);
            }
        }
        for (const auto& key : frontend_keys(lb)) {
            const auto it = frontends.find(key);
            if (it != frontends.end() && key_of(it->second) != key_of(replacing)) {
                fail(HResult::PortAlreadyExists,
                     "frontend " + key + " is already used by load balancer " + it->second);
            }
        }
    }
    void claim_frontends(const LoadBalancer& lb) {
        for (const auto& key : frontend_keys(lb)) {
            frontends[key] = lb.id;
        }
    }
    void release_frontends(const LoadBalancer& lb) {
        for (const auto& key : frontend_keys(lb)) {
            frontends.erase(key);
        }
    }
};

SimulatedHns::SimulatedHns(HnsVersion version, std::uint64_t id_seed)
    : impl_(std::make_unique<Impl>()) {
    impl_->version = version;
    impl_->ids.state = id_seed;
}

SimulatedHns::SimulatedHns(HnsState state, std::uint64_t id_seed)
    : SimulatedHns(state.version, id_seed) {
    for (auto& n : state.networks) {
        impl_->networks.insert(std::move(n));
    }
    for (auto& e : state.endpoints) {
        impl_->endpoints.insert(std::move(e));
    }
    for (auto& lb : state.load_balancers) {
        impl_->claim_frontends(lb);
        impl_->load_balancers.insert(std::move(lb));
    }
}

SimulatedHns::~SimulatedHns() = default;

HnsState SimulatedHns::state() const {
    HnsState state;
    state.version = impl_->version;
    state.networks = impl_->networks.list();
    state.endpoints = impl_->endpoints.list();
    state.load_balancers = impl_->load_balancers.list();
    return state;
}

HnsVersion SimulatedHns::version() {
    impl_->begin(HnsOperation::GetVersion, {});
    return impl_->version;
}

std::vector<Network> SimulatedHns::list_networks() {
    impl_->begin(HnsOperation::ListNetworks, {});
    impl_->charge_objects(HnsOperation::ListNetworks, impl_->networks.items.size());
    return impl_->networks.list();
}

Network SimulatedHns::get_network_by_name(std::string_view name) {
    impl_->begin(HnsOperation::GetNetworkByName, std::string(name));
    for (const auto& [_, n] : impl_->networks.items) {
        if (n.name == name) {
            return n;
        }
    }
    impl_->not_found(HResult::NetworkNotFound, "Network", "name", std::string(name));
}

Network SimulatedHns::get_network_by_id(std::string_view id) {
    impl_->begin(HnsOperation::GetNetworkById, std::string(id));
    if (const auto* n = impl_->networks.find(id)) {
        return *n;
    }
    impl_->not_found(HResult::NetworkNotFound, "Network", "ID", std::string(id));
}

Network SimulatedHns::create_network(const Network& network) {
    impl_->begin(HnsOperation::CreateNetwork, {}, network.to_json());
    if (!network.type) {
        impl_->fail(HResult::InvalidNetworkType, "the network has no Type");
    }
    Network created = network;
    if (created.id.empty()) {
        created.id = impl_->new_id();
    } else if (impl_->networks.find(created.id) != nullptr) {
        impl_->fail(HResult::NetworkAlreadyExists, "network " + created.id + " already exists");
    }
    impl_->calls.back().id = created.id;
    return impl_->networks.insert(std::move(created));
}

void SimulatedHns::delete_network(std::string_view id) {
    impl_->begin(HnsOperation::DeleteNetwork, std::string(id));
    const auto* n = impl_->networks.find(id);
    if (n == nullptr) {
        impl_->not_found(HResult::NetworkNotFound, "Network", "ID", std::string(id));
    }
    const auto network_key = key_of(n->id);
    std::vector<std::string> doomed;
    for (const auto& [_, e] : impl_->endpoints.items) {
        if (key_of(e.host_compute_network) == network_key) {
            doomed.push_back(e.id);
        }
    }
    for (const auto& e : doomed) {
        impl_->endpoints.erase(e);
    }
    impl_->networks.erase(id);
}

std::vector<Endpoint> SimulatedHns::list_endpoints() {
    impl_->begin(HnsOperation::ListEndpoints, {});
    impl_->charge_objects(HnsOperation::ListEndpoints, impl_->endpoints.items.size());
    return impl_->endpoints.list();
}

std::vector<Endpoint> SimulatedHns::list_endpoints_of_network(std::string_view network_id) {
    impl_->begin(HnsOperation::ListEndpointsOfNetwork, std::string(network_id));
    std::vector<Endpoint> out;
    const auto network_key = key_of(network_id);
    for (const auto& [_, e] : impl_->endpoints.items) {
        if (key_of(e.host_compute_network) == network_key) {
            out.push_back(e);
        }
    }
    impl_->charge_objects(HnsOperation::ListEndpointsOfNetwork, out.size());
    return out;
}

Endpoint SimulatedHns::get_endpoint_by_id(std::string_view id) {
    impl_->begin(HnsOperation::GetEndpointById, std::string(id));
    if (const auto* e = impl_->endpoints.find(id)) {
        return *e;
    }
    impl_->not_found(HResult::EndpointNotFound, "Endpoint", "ID", std::string(id));
}

Endpoint SimulatedHns::get_endpoint_by_name(std::string_view name) {
    impl_->begin(HnsOperation::GetEndpointByName, std::string(name));
    for (const auto& [_, e] : impl_->endpoints.items) {
        if (e.name == name) {
            return e;
        }
    }
    impl_->not_found(HResult::EndpointNotFound, "Endpoint", "name", std::string(name));
}

Endpoint SimulatedHns::create_endpoint(const Network& network, Endpoint endpoint) {
    endpoint.host_compute_network = network.id; // as network.CreateEndpoint does
    impl_->begin(HnsOperation::CreateEndpoint, {}, endpoint.to_json());
    if (impl_->networks.find(network.id) == nullptr) {
        impl_->not_found(HResult::NetworkNotFound, "Network", "ID", network.id);
    }
    if (endpoint.id.empty()) {
        endpoint.id = impl_->new_id();
    } else if (impl_->endpoints.find(endpoint.id) != nullptr) {
        impl_->fail(HResult::InvalidEndpoint, "endpoint " + endpoint.id + " already exists");
    }
    impl_->calls.back().id = endpoint.id;
    return impl_->endpoints.insert(std::move(endpoint));
}

void SimulatedHns::delete_endpoint(std::string_view id) {
    impl_->begin(HnsOperation::DeleteEndpoint, std::string(id));
    if (impl_->endpoints.find(id) == nullptr) {
        impl_->not_found(HResult::EndpointNotFound, "Endpoint", "ID", std::string(id));
    }
    impl_->endpoints.erase(id);
}

namespace {
// hcsshim's ModifyNamespaceSettingRequest for an endpoint (hcn/hcnnamespace.go).
std::string namespace_request(std::string_view request_type, std::string_view endpoint_id) {
    return R"({"ResourceType":"Endpoint","RequestType":")" + std::string(request_type) +
           R"(","Settings":{"EndpointId":")" + std::string(endpoint_id) + R"("}})";
}
} // namespace

void SimulatedHns::add_namespace_endpoint(std::string_view namespace_id,
                                          std::string_view endpoint_id) {
    impl_->begin(HnsOperation::AddNamespaceEndpoint, std::string(namespace_id),
                 namespace_request("Add", endpoint_id));
    auto* e = impl_->endpoints.find(endpoint_id);
    if (e == nullptr) {
        impl_->not_found(HResult::EndpointNotFound, "Endpoint", "ID", std::string(endpoint_id));
    }
    e->host_compute_namespace = std::string(namespace_id);
}

void SimulatedHns::remove_namespace_endpoint(std::string_view namespace_id,
                                             std::string_view endpoint_id) {
    impl_->begin(HnsOperation::RemoveNamespaceEndpoint, std::string(namespace_id),
                 namespace_request("Remove", endpoint_id));
    auto* e = impl_->endpoints.find(endpoint_id);
    if (e == nullptr) {
        impl_->not_found(HResult::EndpointNotFound, "Endpoint", "ID", std::string(endpoint_id));
    }
    if (key_of(e->host_compute_namespace) != key_of(namespace_id)) {
        impl_->calls.back().error = HResult::EndpointNotFound;
        throw NotFoundError(to_string(HnsOperation::RemoveNamespaceEndpoint),
                            HResult::EndpointNotFound,
                            "Endpoint " + std::string(endpoint_id) + " not found in namespace " +
                                std::string(namespace_id));
    }
    e->host_compute_namespace.clear();
}

std::vector<LoadBalancer> SimulatedHns::list_load_balancers() {
    impl_->begin(HnsOperation::ListLoadBalancers, {});
    impl_->charge_objects(HnsOperation::ListLoadBalancers, impl_->load_balancers.items.size());
    return impl_->load_balancers.list();
}

LoadBalancer SimulatedHns::get_load_balancer_by_id(std::string_view id) {
    impl_->begin(HnsOperation::GetLoadBalancerById, std::string(id));
    if (const auto* lb = impl_->load_balancers.find(id)) {
        return *lb;
    }
    impl_->not_found(HResult::ElementNotFound, "LoadBalancer", "", std::string(id));
}

LoadBalancer SimulatedHns::create_load_balancer(const LoadBalancer& load_balancer) {
    impl_->begin(HnsOperation::CreateLoadBalancer, {}, load_balancer.to_json());
    impl_->check_load_balancer(load_balancer, {});
    LoadBalancer created = load_balancer;
    if (created.id.empty() || impl_->load_balancers.find(created.id) != nullptr) {
        created.id = impl_->new_id(); // HcnCreateLoadBalancer is always given a fresh GUID
    }
    impl_->calls.back().id = created.id;
    impl_->claim_frontends(created);
    return impl_->load_balancers.insert(std::move(created));
}

LoadBalancer SimulatedHns::update_load_balancer(std::string_view id,
                                                const LoadBalancer& load_balancer) {
    impl_->begin(HnsOperation::UpdateLoadBalancer, std::string(id), load_balancer.to_json());
    if (!hns::supported_features(impl_->version).modify_loadbalancer) {
        impl_->fail(HResult::NotImplemented,
                    "HNS " + impl_->version.to_string() + " cannot modify a load balancer");
    }
    auto* existing = impl_->load_balancers.find(id);
    if (existing == nullptr) {
        impl_->not_found(HResult::ElementNotFound, "LoadBalancer", "", std::string(id));
    }
    impl_->check_load_balancer(load_balancer, existing->id);
    impl_->release_frontends(*existing);
    const std::string kept_id = existing->id;
    *existing = load_balancer;
    existing->id = kept_id;
    impl_->claim_frontends(*existing);
    return *existing;
}

void SimulatedHns::delete_load_balancer(std::string_view id) {
    impl_->begin(HnsOperation::DeleteLoadBalancer, std::string(id));
    const auto* lb = impl_->load_balancers.find(id);
    if (lb == nullptr) {
        impl_->not_found(HResult::ElementNotFound, "LoadBalancer", "", std::string(id));
    }
    impl_->release_frontends(*lb);
    impl_->load_balancers.erase(id);
}

const std::vector<HnsCall>& SimulatedHns::calls() const {
    return impl_->calls;
}

std::size_t SimulatedHns::count(HnsOperation operation) const {
    return impl_->counts[index(operation)];
}

std::map<HnsOperation, std::size_t> SimulatedHns::counts() const {
    std::map<HnsOperation, std::size_t> out;
    for (std::size_t i = 0; i < operation_count; ++i) {
        if (impl_->counts[i] > 0) {
            out.emplace(static_cast<HnsOperation>(i), impl_->counts[i]);
        }
    }
    return out;
}

void SimulatedHns::clear_calls() {
    impl_->calls.clear();
    impl_->counts.fill(0);
    impl_->elapsed = std::chrono::microseconds{0};
}

void SimulatedHns::fail_call(std::size_t nth, HResult code) {
    if (nth == 0) {
        throw Error("fail_call: calls are counted from 1 (the next call)");
    }
    impl_->nth_faults[impl_->calls_seen + nth] = code;
}

void SimulatedHns::fail_operation(HnsOperation operation, HResult code, std::size_t times) {
    impl_->op_faults[index(operation)] = {times, code};
}

void SimulatedHns::fail_randomly(double probability, std::uint64_t seed, HResult code) {
    if (!(probability >= 0.0 && probability <= 1.0)) {
        throw Error("fail_randomly: probability " + std::to_string(probability) +
                    " is not between 0 and 1");
    }
    impl_->random_fault = std::pair{probability, code};
    impl_->fault_rng.state = seed;
}

void SimulatedHns::clear_faults() {
    impl_->nth_faults.clear();
    impl_->op_faults.fill({});
    impl_->random_fault.reset();
}

void SimulatedHns::restart() {
    impl_->load_balancers = {};
    impl_->frontends.clear();
}

void SimulatedHns::set_latency(HnsOperation operation, std::chrono::microseconds fixed,
                               std::chrono::microseconds per_object) {
    impl_->latency[index(operation)] = {fixed, per_object};
}

std::chrono::microseconds SimulatedHns::elapsed() const {
    return impl_->elapsed;
}

} // namespace winnet::hns
