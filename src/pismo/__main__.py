from pismo.cli.main import main

main()
