# Fails when a string the user sees has no English: runs lupdate over the sources into a copy of
# translations/sakra_en.ts (the file itself is left as it is) and lists every message that lupdate
# leaves unfinished, which is what a new or changed source string becomes.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P TranslationsComplete.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/sakra_en.ts" DESTINATION "${WORK_DIR}")
set(copy "${WORK_DIR}/sakra_en.ts")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -source-language sv_SE -target-language en_GB
                        "${SOURCE_DIR}/core" "${SOURCE_DIR}/app" -ts "${copy}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}):\n${output}\n${errors}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<oldsource>[^<]*</oldsource>[^<]*)?(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
       unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
  set(listing "")
  foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
    string(APPEND listing "  ${text}\n")
  endforeach()
  message(FATAL_ERROR "${count} strings have no English in translations/sakra_en.ts "
                      "(cmake --build build --target update_translations, then translate them):\n${listing}")
endif()
# Every message of the copy has an English text: nothing unfinished, and none empty.
string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${ts}")
list(LENGTH empty emptyCount)
if(emptyCount GREATER 0)
  message(FATAL_ERROR "${emptyCount} translations in translations/sakra_en.ts are empty")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "All ${total} strings have their English.")
