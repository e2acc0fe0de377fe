// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Pays on behalf of its caller, the way smart-contract wallets and exchange batch payouts do: the
// deposit address receives value from an internal call, which no block transaction shows.
contract Forwarder {
    function forward(address payable to) external payable {
        (bool ok, ) = to.call{value: msg.value}("");
        require(ok, "forward failed");
    }
}
