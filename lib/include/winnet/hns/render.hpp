/// @file
/// HNS objects as tables for people: plain text in the spirit of `hnsdiag list`, and HTML for
/// Jupyter. Both come from the same rows, so a notebook shows what the terminal shows.
#pragma once

#include <winnet/hns/simulated_hns.hpp>

#include <string>
#include <vector>

namespace winnet::hns {

/// A table of text cells: a header row and data rows.
struct Table {
    /// The column titles.
    std::vector<std::string> header;
    /// The data rows, each with one cell per column.
    std::vector<std::vector<std::string>> rows;

    /// Columns padded to their widest cell, separated by two spaces, one row a line.
    [[nodiscard]] std::string to_text() const;
    /// An HTML `<table>` with the cells escaped, for notebooks.
    [[nodiscard]] std::string to_html() const;
};

/// Networks: id, name, type, subnets, and the policy types they carry.
Table network_table(const std::vector<Network>& networks);
/// Endpoints: id, name, local or remote, IP addresses, MAC, network (short id) and policy types.
Table endpoint_table(const std::vector<Endpoint>& endpoints);
/// Load balancers: id, frontend VIPs, protocol and ports, flags, distribution, source VIP and
/// backend endpoints. Ids are cut to their first 8 characters unless `full_ids`.
Table load_balancer_table(const std::vector<LoadBalancer>& load_balancers, bool full_ids = false);
/// A call log: sequence number, operation, id, and the HRESULT of failed calls.
Table call_table(const std::vector<HnsCall>& calls, bool full_ids = false);
/// A whole node as text: its HNS version, then its networks, endpoints and load balancers.
std::string render_state(const HnsState& state, bool full_ids = false);

} // namespace winnet::hns
