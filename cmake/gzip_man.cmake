# Compresses every man page of IN into OUT as Debian policy (12.1) asks:
# gzip -9n, without the file's name and time, so the package is reproducible.
#   cmake -DIN=dir -DOUT=dir -DGZIP=/usr/bin/gzip -P gzip_man.cmake
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(GLOB pages ${IN}/*.1)
if(NOT pages)
  message(FATAL_ERROR "no man pages in ${IN}")
endif()
foreach(page ${pages})
  get_filename_component(name ${page} NAME)
  execute_process(COMMAND ${GZIP} -9nc ${page} OUTPUT_FILE ${OUT}/${name}.gz RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${page}: ${rc}")
  endif()
endforeach()
