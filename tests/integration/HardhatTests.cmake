# The Hardhat harness: tests/support/HardhatNode runs a real local EVM node (Hardhat, pinned in
# tests/package-lock.json; install with `npm ci` in tests/) for integration tests, and tst_hardhatnode tests it.
# Included at the end of tests/integration/CMakeLists.txt.

get_target_property(_cc_testsupport_sources testsupport SOURCES)
if("support/HardhatNode.cpp" IN_LIST _cc_testsupport_sources)
    # testsupport compiles HardhatNode already: hardhatsupport only names it, so that it is not built twice.
    add_library(hardhatsupport INTERFACE)
    target_link_libraries(hardhatsupport INTERFACE testsupport Qt6::Network)
else()
    add_library(hardhatsupport STATIC
        ${CMAKE_CURRENT_LIST_DIR}/../support/HardhatNode.cpp ${CMAKE_CURRENT_LIST_DIR}/../support/HardhatNode.h)
    target_include_directories(hardhatsupport PUBLIC ${CMAKE_CURRENT_LIST_DIR}/../support)
    target_link_libraries(hardhatsupport PUBLIC testsupport Qt6::Core Qt6::Network)
endif()
unset(_cc_testsupport_sources)

cc_add_test(NAME tst_hardhatnode SOURCES tst_hardhatnode.cpp LIBS hardhatsupport LABEL integration TIMEOUT 180)
# Outside CTest (no CRYPTOCHECKOUT_SOURCE_DIR), the test still finds tests/node_modules.
target_compile_definitions(tst_hardhatnode PRIVATE CRYPTOCHECKOUT_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
