from pismo.cli import main

main()
